namespace ReturnShape.Tests.FlaskParity;

/// <summary>What a client sees for one return value: a response on the wire, or an error at a phase.</summary>
internal sealed record ParityOutcome(
    string? Phase,
    string? Error,
    string? Status,
    string? ContentType,
    IReadOnlyList<(string Name, string Value)> Headers,
    string? ContentLength,
    byte[] Body,
    bool Streamed)
{
    public bool Failed => Phase is not null;

    public static ParityOutcome Failure(string phase, string error) =>
        new(phase, error, null, null, Array.Empty<(string, string)>(), null, Array.Empty<byte>(), false);

    public override string ToString() => Failed
        ? "error at " + Phase + ": " + Error
        : Status + " | " + ContentType + " | " + string.Join("; ", Headers.Select(h => h.Name + ": " + h.Value))
          + " | length " + (ContentLength ?? "none") + " | body " + System.Text.Json.JsonSerializer.Serialize(System.Text.Encoding.UTF8.GetString(Body));
}
