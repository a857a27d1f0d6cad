namespace NewsLens.Corpora.Cleaning;

/// <summary>
/// A raw text cut into lines, with each line as the cleaning rules see it (<see cref="BoilerplateRules.Normalise"/>).
/// Made once per document and shared by the repeated-line detector and the cleaner.
/// </summary>
/// <param name="Raw">The text.</param>
/// <param name="Lines">Its lines (split at '\n').</param>
/// <param name="Normalised">Each line trimmed, with runs of spaces (no-break spaces included) as one space.</param>
internal sealed record SplitText(string Raw, string[] Lines, string[] Normalised)
{
    public static SplitText Of(string raw)
    {
        var lines = raw.Split('\n');
        return new SplitText(raw, lines, Array.ConvertAll(lines, BoilerplateRules.Normalise));
    }
}
