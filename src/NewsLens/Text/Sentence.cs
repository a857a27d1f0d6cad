namespace NewsLens.Text;

/// <summary>One sentence of a text.</summary>
/// <param name="Index">Position of the sentence in the text, from 0.</param>
/// <param name="Start">Offset of the sentence's first character in the text.</param>
/// <param name="End">Offset one past its last character.</param>
/// <param name="Text">The sentence, exactly as in the text (the span [Start, End)).</param>
public sealed record Sentence(int Index, int Start, int End, string Text);
