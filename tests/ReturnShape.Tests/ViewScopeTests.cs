namespace ReturnShape.Tests;

public class ViewScopeTests
{
    [Fact]
    public void Scopes_nest_and_restore()
    {
        Assert.Null(ViewScope.Current);
        using (ViewScope.Enter("Outer"))
        {
            Assert.Equal("Outer", ViewScope.Current);
            var inner = ViewScope.Enter("Inner");
            Assert.Equal("Inner", ViewScope.Current);
            inner.Dispose();
            inner.Dispose();
            Assert.Equal("Outer", ViewScope.Current);
        }

        Assert.Null(ViewScope.Current);
    }

    [Fact]
    public async Task Each_async_flow_sees_its_own_view()
    {
        async Task<string?> Serve(string name)
        {
            using (ViewScope.Enter(name))
            {
                await Task.Delay(10);
                return ViewScope.Current;
            }
        }

        var names = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => Serve("v" + i))));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => "v" + i), names);
    }

    [Fact]
    public void A_null_name_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => ViewScope.Enter(null!));
    }
}
