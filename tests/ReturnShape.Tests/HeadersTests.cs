namespace ReturnShape.Tests;

/// <summary>The Headers collection: ordered, case-insensitive, multi-valued, validated.</summary>
public class HeadersTests
{
    [Fact]
    public void Add_keeps_order_and_duplicates()
    {
        var h = new Headers { { "X-A", "1" }, { "X-B", "2" }, { "x-a", "3" } };
        Assert.Equal(3, h.Count);
        Assert.Equal(new[] { "1", "3" }, h.GetAll("X-A"));
        Assert.Equal("1", h.Get("x-A"));
        Assert.True(h.Contains("x-b"));
        Assert.False(h.Contains("X-C"));
        Assert.Null(h.Get("X-C"));
        Assert.Empty(h.GetAll("X-C"));
        Assert.Equal("X-A: 1\r\nX-B: 2\r\nx-a: 3\r\n", h.ToString());
    }

    [Fact]
    public void Set_replaces_the_first_in_place_and_removes_the_rest()
    {
        var h = new Headers { { "X-A", "1" }, { "X-B", "2" }, { "x-a", "3" } };
        h.Set("x-A", "new");
        Assert.Equal(new[] { ("x-A", "new"), ("X-B", "2") }, h.Select(p => (p.Key, p.Value)));
        h.Set("X-C", "c");
        Assert.Equal("X-C", h.Last().Key);
    }

    [Fact]
    public void Indexer_sets_and_null_removes()
    {
        var h = new Headers();
        h["X-A"] = "1";
        Assert.Equal("1", h["x-a"]);
        h["X-A"] = null;
        Assert.Equal(0, h.Count);
    }

    [Fact]
    public void Remove_removes_every_value()
    {
        var h = new Headers { { "X-A", "1" }, { "X-A", "2" } };
        Assert.True(h.Remove("x-a"));
        Assert.False(h.Remove("x-a"));
        Assert.Equal(0, h.Count);
    }

    [Fact]
    public void SetAll_is_werkzeugs_setlist()
    {
        var h = new Headers { { "X-A", "0" }, { "X-B", "b" }, { "X-A", "old" } };
        h.SetAll("X-A", new[] { "1", "2" });
        Assert.Equal(new[] { ("X-A", "1"), ("X-B", "b"), ("X-A", "2") }, h.Select(p => (p.Key, p.Value)));
        h.SetAll("X-A", Array.Empty<string>());
        Assert.Equal(new[] { ("X-B", "b") }, h.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void Constructor_copies_pairs()
    {
        var h = new Headers(new[] { new KeyValuePair<string, string>("X-A", "1") });
        Assert.Equal("1", h["X-A"]);
    }

    [Theory]
    [InlineData("Bad Name", "v")]
    [InlineData("X-A", "a\nb")]
    [InlineData("X-A", "a\r")]
    [InlineData("X-A", "\0")]
    [InlineData("", "v")]
    [InlineData("Ümlaut", "v")]
    public void Invalid_names_and_values_are_refused_naming_the_view(string name, string value)
    {
        using (ViewScope.Enter("Profile"))
        {
            var h = new Headers();
            var add = Assert.Throws<InvalidViewReturnException>(() => h.Add(name, value));
            Assert.Equal("VRS0008", add.RuleId);
            Assert.Equal("Profile", add.ViewName);
            Assert.Equal("VRS0008", Assert.Throws<InvalidViewReturnException>(() => h.Set(name, value)).RuleId);
            Assert.Equal(0, h.Count);
        }
    }

    [Fact]
    public void Null_arguments_are_argument_errors()
    {
        var h = new Headers();
        Assert.Throws<ArgumentNullException>(() => h.Add(null!, "v"));
        Assert.Throws<ArgumentNullException>(() => h.Add("X-A", null!));
    }
}
