using System.Text;

namespace ReturnShape.AspNetCore.Tests;

internal static class HttpAssert
{
    /// <summary>Every header as it arrived, response headers then content headers, in order.</summary>
    public static List<(string Name, string Value)> HeaderList(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .SelectMany(header => header.Value.Select(value => (header.Key, value)))
            .ToList();

    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    public static async Task<string> Body(HttpResponseMessage response) =>
        Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
}
