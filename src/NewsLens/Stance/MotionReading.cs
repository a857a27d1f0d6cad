namespace NewsLens.Stance;

/// <summary>
/// A motion's polarity toward what it is about, read by <see cref="MotionLexicon.Read"/>: "This house would ban
/// X" is −1 toward X, "This house believes that X is the most effective ..." +1, "it is right to restrict X"
/// (+1 × −1) −1.
/// </summary>
/// <param name="Motion">The motion as given.</param>
/// <param name="Polarity">+1 or −1: the product of the signs of the operators that are not parallel; +1 when there is none (a motion proposes
/// what it names).</param>
/// <param name="Operators">The operators found, in order.</param>
/// <param name="Action">The last action operator (Promote or Suppress), if any: the policy the motion proposes
/// ("ban" in "would ban X").</param>
public sealed record MotionReading(string Motion, int Polarity, IReadOnlyList<MotionOperator> Operators, MotionOperator? Action)
{
    /// <summary>
    /// The motion's polarity toward its action itself rather than the action's object: "would ban X" is −1
    /// toward X but +1 toward the ban; "should not subsidise X" is −1 toward X and −1 toward subsidies. Equals
    /// <see cref="Polarity"/> when there is no action or the action promotes.
    /// </summary>
    public int PolarityTowardAction => Action is null ? Polarity : Polarity * Action.BaseSign;
}
