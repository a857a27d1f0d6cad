using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Terms;

/// <summary>
/// Builds a <see cref="DocumentFeatureMatrix"/> one document at a time, keeping only counts (not
/// texts) in memory. Features are numbered in order of first occurrence. Not thread-safe: use
/// <see cref="DocumentFeatureMatrix.Build(IEnumerable{ValueTuple{DocumentInfo, IEnumerable{string}}}, DfmBuildOptions?)"/>
/// with <see cref="DfmBuildOptions.MaxDegreeOfParallelism"/> for parallel counting.
/// </summary>
public sealed class DfmBuilder
{
    private readonly RowCounter _counter = new();

    /// <summary>Number of documents added so far.</summary>
    public int NDocuments => _counter.Documents.Count;

    /// <summary>Number of distinct features seen so far.</summary>
    public int NFeatures => _counter.Features.Count;

    /// <summary>Adds one document, counting its token texts.</summary>
    public void Add(TokenizedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _counter.AddRow(document.Info, document.Tokens.Select(t => t.Text));
    }

    /// <summary>Adds one document given as a sequence of features (enumerated once).</summary>
    public void Add(DocumentInfo info, IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(features);
        _counter.AddRow(info, features);
    }

    /// <summary>The matrix of the documents added so far (a snapshot; the builder can go on).</summary>
    public DocumentFeatureMatrix ToMatrix() => _counter.ToMatrix();

    /// <summary>Tokenizes and counts one document's text (see <see cref="DocumentFeatureMatrix.From(IEnumerable{Document}, TokenizerOptions?, DfmBuildOptions?)"/>).</summary>
    internal void Add(Document document, TokenizerOptions options)
    {
        if (_text is null || !ReferenceEquals(_text.Options, options))
            _text = new TextCounter(new FormDecisions(options), _counter);
        _text.Add(document.Info, document.Text ?? "");
    }

    private TextCounter? _text;
}
