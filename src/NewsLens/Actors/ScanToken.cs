namespace NewsLens.Actors;

/// <summary>
/// A word or punctuation mark found by <see cref="WordScanner"/>. <see cref="Key"/> is the form used for
/// dictionary look-up: upper case, without diacritics and without dots ("U.S." and "US" both give "US").
/// </summary>
internal readonly record struct ScanToken(string Text, int Start, int End, string Key, bool IsWord, bool HyphenBefore)
{
    /// <summary>True for a word starting with an upper-case letter or a digit.</summary>
    public bool IsCapitalised => IsWord && (char.IsUpper(Text[0]) || char.IsDigit(Text[0]));

    /// <summary>True for a word whose letters are all upper case.</summary>
    public bool IsAllCaps => IsWord && Text.Any(char.IsLetter) && !Text.Any(char.IsLower);

    /// <summary>True for the possessive "'s" / "’s" split off a word.</summary>
    public bool IsPossessive => Key == "'S";
}
