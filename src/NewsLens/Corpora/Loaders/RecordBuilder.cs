using System.Globalization;

namespace NewsLens.Corpora.Loaders;

/// <summary>
/// Maps the fields of a structured record (JSON object, CSV row, front matter) to a <see cref="RawRecord"/>:
/// id (or <see cref="CorpusLoadOptions.IdColumn"/>), title, date, outlet (aliases source, publisher),
/// url (alias link) and the text field (<see cref="CorpusLoadOptions.TextColumn"/>); all other fields go to Metadata.
/// A canonical name wins over an alias; a losing alias is kept in Metadata. Names match case-insensitively.
/// </summary>
internal static class RecordBuilder
{
    private static readonly (string Role, string[] Names)[] Roles =
    [
        ("title", ["title"]),
        ("date", ["date"]),
        ("outlet", ["outlet", "source", "publisher"]),
        ("url", ["url", "link"]),
    ];

    /// <param name="fields">Field names and values (text, or already typed values from JSON).</param>
    /// <param name="options">Text and id column names.</param>
    /// <param name="line">1-based line of the record, if any.</param>
    /// <param name="element">1-based element number in a JSON array, if any.</param>
    /// <param name="requireText">False for front matter, where the text comes from the body.</param>
    public static RawRecord Build(IReadOnlyList<KeyValuePair<string, object?>> fields, CorpusLoadOptions options,
        int? line, int? element, bool requireText = true)
    {
        var record = new RawRecord { Line = line, Element = element };
        var used = new bool[fields.Count];

        int textIndex = requireText ? Find(fields, options.TextColumn) : -1;
        if (requireText)
        {
            if (textIndex < 0)
                return RawRecord.Failed(line,
                    $"no '{options.TextColumn}' field for the text; fields: {string.Join(", ", fields.Select(f => f.Key))} (set TextColumn to one of them)",
                    element);
            if (fields[textIndex].Value is not (string or null))
                return RawRecord.Failed(line, $"field '{options.TextColumn}' is not text", element);
            record.Text = (string?)fields[textIndex].Value ?? "";
            used[textIndex] = true;
        }

        int idIndex = Find(fields, options.IdColumn ?? "id");
        if (idIndex >= 0 && idIndex != textIndex)
        {
            record.Id = AsText(fields[idIndex].Value);
            used[idIndex] = true;
        }
        else if (options.IdColumn is not null)
        {
            record.Warnings.Add($"no '{options.IdColumn}' field for the id; using a generated id");
        }

        foreach (var (role, names) in Roles)
        {
            int index = -1;
            foreach (var name in names)
            {
                index = Find(fields, name, used);
                if (index >= 0) break;
            }
            if (index < 0) continue;
            used[index] = true;
            var value = fields[index].Value;
            switch (role)
            {
                case "title": record.Title = AsText(value); break;
                case "date": record.Date = value is DateTime d ? d : AsText(value); break;
                case "outlet": record.Outlet = AsText(value); break;
                case "url": record.Url = AsText(value); break;
            }
        }

        for (int i = 0; i < fields.Count; i++)
        {
            if (used[i]) continue;
            var (key, value) = fields[i];
            record.Metadata[key] = value is string s ? ValueTyper.Type(s) : value;
        }
        return record;
    }

    private static int Find(IReadOnlyList<KeyValuePair<string, object?>> fields, string name, bool[]? used = null)
    {
        for (int i = 0; i < fields.Count; i++)
            if ((used is null || !used[i]) && string.Equals(fields[i].Key, name, StringComparison.Ordinal)) return i;
        for (int i = 0; i < fields.Count; i++)
            if ((used is null || !used[i]) && string.Equals(fields[i].Key, name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    public static string? AsText(object? value)
    {
        var s = value switch
        {
            null => null,
            string t => t,
            DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
