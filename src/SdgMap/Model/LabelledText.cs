namespace SdgMap.Model;

/// <summary>A passage of the source with the label it is printed under (<c>現状と課題</c>).</summary>
public sealed record LabelledText
{
    /// <summary>The label as printed.</summary>
    public string? Label { get; init; }

    /// <summary>The passage.</summary>
    public required string Text { get; init; }
}
