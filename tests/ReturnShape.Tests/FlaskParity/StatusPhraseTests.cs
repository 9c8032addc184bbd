using System.Text.Json;

namespace ReturnShape.Tests.FlaskParity;

/// <summary>The rule table's reason phrases are Werkzeug's, as recorded with the parity data.</summary>
public class StatusPhraseTests
{
    [Fact]
    public void Every_recorded_werkzeug_phrase_is_the_runtimes()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "FlaskParity", "results.json");
        var phrases = JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("meta").GetProperty("status_phrases");
        var checkedCodes = 0;
        foreach (var phrase in phrases.EnumerateObject())
        {
            var code = int.Parse(phrase.Name, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(phrase.Name + " " + phrase.Value.GetString(), Responses.MakeResponse(("ok", code)).Status);
            checkedCodes++;
        }

        Assert.Equal(64, checkedCodes);
    }

    [Fact]
    public void Codes_werkzeug_does_not_name_read_unknown()
    {
        Assert.Equal("299 UNKNOWN", Responses.MakeResponse(("ok", 299)).Status);
    }
}
