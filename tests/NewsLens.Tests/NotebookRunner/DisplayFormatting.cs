using System.Collections;
using System.Reflection;

namespace NewsLens.Tests.NotebookRunner;

/// <summary>Raw HTML, as returned by the kernel's <c>HTML(string)</c>.</summary>
public sealed record HtmlString(string Html)
{
    /// <inheritdoc />
    public override string ToString() => Html;
}

/// <summary>
/// Formats a value the way .NET Interactive does for types that opt in by convention: it looks for
/// an attribute whose type is named TypeFormatterSourceAttribute (inherited attributes count), reads
/// its FormatterSourceType and PreferredMimeTypes, creates the source, calls CreateTypeFormatters()
/// and asks each formatter whose MimeType is preferred to Format(object, TextWriter). Values
/// without such an attribute are shown as text/plain.
/// </summary>
public static class DisplayFormatting
{
    /// <summary>The MIME bundle for <paramref name="value"/> (mime type -> text).</summary>
    public static IReadOnlyDictionary<string, string> Format(object? value, params string[] mimeTypes)
    {
        var result = new Dictionary<string, string>();
        if (value is null) { result["text/plain"] = "<null>"; return result; }
        if (value is HtmlString html) { result["text/html"] = html.Html; return result; }

        var attribute = value.GetType().GetCustomAttributes(inherit: true)
            .FirstOrDefault(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        if (attribute is not null)
        {
            var attributeType = attribute.GetType();
            var sourceType = (Type?)attributeType.GetProperty("FormatterSourceType")?.GetValue(attribute)
                ?? throw new InvalidOperationException($"{attributeType.FullName} has no FormatterSourceType");
            var preferred = attributeType.GetProperty("PreferredMimeTypes")?.GetValue(attribute) as string[]
                ?? ["text/html"];
            var wanted = mimeTypes.Length > 0 ? mimeTypes : preferred;
            var source = Activator.CreateInstance(sourceType)
                ?? throw new InvalidOperationException($"cannot create {sourceType.FullName}");
            var formatters = (IEnumerable?)sourceType.GetMethod("CreateTypeFormatters")?.Invoke(source, null)
                ?? throw new InvalidOperationException($"{sourceType.FullName} has no CreateTypeFormatters()");
            foreach (var formatter in formatters)
            {
                var type = formatter.GetType();
                var mime = (string?)type.GetProperty("MimeType")?.GetValue(formatter);
                var targetType = type.GetProperty("Type")?.GetValue(formatter) as Type;
                if (mime is null || !wanted.Contains(mime) || result.ContainsKey(mime)) continue;
                if (targetType is not null && !targetType.IsInstanceOfType(value)) continue;
                var format = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                    .Single(m => m.Name == "Format" && m.GetParameters() is [{ ParameterType: var p0 }, { ParameterType: var p1 }]
                                 && p0 == typeof(object) && p1 == typeof(TextWriter));
                using var writer = new StringWriter();
                if ((bool)format.Invoke(formatter, [value, writer])!)
                    result[mime] = writer.ToString();
            }
            if (result.Count > 0) return result;
        }
        result["text/plain"] = value.ToString() ?? "";
        return result;
    }
}
