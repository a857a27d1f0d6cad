namespace NewsLens.Stance;

/// <summary>What a motion operator does to what it applies to (a section of the motion lexicon).</summary>
public enum MotionOperatorKind
{
    /// <summary>Brings about, keeps or increases its object ("introduce", "subsidise", "legalise"): sign +.</summary>
    Promote,

    /// <summary>Ends, forbids, reduces or opposes its object ("ban", "abolish", "restrict"): sign −.</summary>
    Suppress,

    /// <summary>Approves of what the motion describes ("is justified", "the most effective"): sign +.</summary>
    Good,

    /// <summary>Disapproves of it ("is harmful", "a criminal offence"): sign −.</summary>
    Bad,

    /// <summary>A negator with no operator after it ("would never have children"): sign −.</summary>
    Negation,
}

/// <summary>One operator found in a motion.</summary>
/// <param name="Text">The words as matched, "not+" prefixed when a negator flipped it.</param>
/// <param name="Kind">What the operator does.</param>
/// <param name="Concept">The operator's concept: the first phrase of its lexicon line ("ban" for "prohibiting").</param>
/// <param name="Negated">True when a negator in the three words before flipped it.</param>
/// <param name="Parallel">True when "and", "or", "nor" or a comma joins it to an earlier operator ("ban and
/// criminalise"): it applies beside that one, not to it, and is left out of the motion's polarity.</param>
public sealed record MotionOperator(string Text, MotionOperatorKind Kind, string Concept, bool Negated, bool Parallel = false)
{
    /// <summary>The operator's own sign, before negation: +1 for Promote and Good, −1 otherwise.</summary>
    public int BaseSign => Kind is MotionOperatorKind.Promote or MotionOperatorKind.Good ? 1 : -1;

    /// <summary>Its own sign after negation: <see cref="BaseSign"/>, flipped when negated (a parallel operator
    /// contributes nothing to the motion whatever its sign).</summary>
    public int Sign => Negated ? -BaseSign : BaseSign;

    /// <summary>True for an action (Promote or Suppress), as opposed to an evaluation or a bare negator.</summary>
    public bool IsAction => Kind is MotionOperatorKind.Promote or MotionOperatorKind.Suppress;
}
