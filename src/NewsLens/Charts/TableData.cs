using System.Collections;

namespace NewsLens.Charts;

/// <summary>The part of a row sequence a table shows: its columns, the first rows' cells and the total count.</summary>
internal sealed record TableData(IReadOnlyList<string> Headers, IReadOnlyList<bool> Numeric, IReadOnlyList<string[]> Cells, int Total)
{
    /// <summary>Reads the first <paramref name="maxRows"/> rows' cells and counts all rows.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="rowType">The declared row type; when it is object or an interface the first non-null row's type is used.</param>
    /// <param name="maxRows">How many rows to show (≥ 0).</param>
    public static TableData Read(IEnumerable rows, Type? rowType, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var shown = new List<object?>();
        var total = 0;
        foreach (var row in rows)
        {
            if (total < maxRows) shown.Add(row);
            total++;
        }
        var type = rowType ?? ElementType(rows.GetType()) ?? typeof(object);
        if (type == typeof(object) || type.IsInterface || type.IsAbstract)
            type = shown.FirstOrDefault(r => r is not null)?.GetType() ?? type;
        if (CellText.IsScalar(type) || type == typeof(object))
        {
            return new TableData(["Value"], [CellText.IsNumeric(type)],
                shown.Select(r => new[] { CellText.Format(r) }).ToArray(), total);
        }
        var columns = CellText.Columns(type);
        var cells = shown.Select(r => columns.Select(c => r is null || !c.DeclaringType!.IsInstanceOfType(r) ? "" : CellText.Format(CellText.ColumnValue(c, r))).ToArray()).ToArray();
        return new TableData(columns.Select(c => c.Name).ToArray(), columns.Select(c => CellText.IsNumeric(CellText.ColumnType(c))).ToArray(), cells, total);
    }

    /// <summary>The T of the first IEnumerable&lt;T&gt; a type implements, or null.</summary>
    public static Type? ElementType(Type sequenceType)
    {
        if (sequenceType.IsArray) return sequenceType.GetElementType();
        if (sequenceType.IsGenericType && sequenceType.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            return sequenceType.GetGenericArguments()[0];
        return sequenceType.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }
}
