using System.Text;

namespace NewsLens.Evaluation;

/// <summary>
/// A minimal RFC 4180 CSV reader for evaluation files: comma-separated fields, fields in double quotes may
/// hold commas, line breaks and doubled quotes (""). Yields each record with the line it starts on.
/// </summary>
internal static class CsvRecords
{
    /// <summary>The records of the file (the header first), each with its 1-based starting line.</summary>
    /// <exception cref="FormatException">A quoted field is not closed; the message names the file and line.</exception>
    public static IEnumerable<(int Line, List<string> Fields)> Read(TextReader reader, string source)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1, quoteLine = 0;
        bool inQuotes = false, any = false;
        for (int ch; (ch = reader.Read()) != -1;)
        {
            char c = (char)ch;
            any = true;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else inQuotes = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0: inQuotes = true; quoteLine = line; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return (recordLine, fields);
                    fields = [];
                    line++;
                    recordLine = line;
                    any = false;
                    break;
                default: field.Append(c); break;
            }
        }
        if (inQuotes) throw new FormatException($"{source}:{quoteLine}: a quoted field is not closed before the end of the file.");
        if (any)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields);
        }
    }
}
