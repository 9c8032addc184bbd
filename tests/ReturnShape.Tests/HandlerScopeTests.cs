using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>
/// What the runtime gives hosts for Flask's error handlers and hooks: messages naming the function
/// that returned a bad value, Abort(response), and the 500 error's original exception.
/// </summary>
public class HandlerScopeTests
{
    [Fact]
    public void A_bad_value_in_a_handler_scope_names_the_handler_with_the_view_rule()
    {
        using (ViewScope.Enter("NotFound", ViewSubjects.ErrorHandler))
        {
            Assert.Equal("NotFound", ViewScope.Current);
            var error = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(null));
            Assert.Equal("VRS0001", error.RuleId);
            Assert.Equal("NotFound", error.ViewName);
            Assert.StartsWith("The error handler 'NotFound' did not return a valid response: it returned null (VRS0001). ", error.Message);
        }

        using (ViewScope.Enter("RequireKey", ViewSubjects.BeforeRequest))
        {
            var error = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(401));
            Assert.StartsWith("The before-request function 'RequireKey' did not return a valid response: it returned the int 401 (VRS0002). ", error.Message);
        }
    }

    [Fact]
    public void The_subject_is_restored_with_the_scope()
    {
        using (ViewScope.Enter("Index"))
        {
            using (ViewScope.Enter("OnError", ViewSubjects.ErrorHandler))
            {
                Assert.Equal(ViewSubjects.ErrorHandler, ViewScope.CurrentSubject);
            }

            Assert.Equal("Index", ViewScope.Current);
            Assert.StartsWith("The view 'Index' did not", Assert.Throws<InvalidViewReturnException>(() => MakeResponse(null)).Message);
        }

        Assert.Equal(ViewSubjects.View, ViewScope.CurrentSubject);
    }

    [Fact]
    public void A_stream_that_fails_later_names_the_handler_that_returned_it()
    {
        Response response;
        using (ViewScope.Enter("Export", ViewSubjects.ErrorHandler))
        {
            response = MakeResponse(Chunks());
        }

        var error = Assert.Throws<InvalidViewReturnException>(() => response.GetData());
        Assert.Equal("VRS0014", error.RuleId);
        Assert.StartsWith("The error handler 'Export' did not return a valid response: the stream's item 1", error.Message);

        static IEnumerable<object> Chunks()
        {
            yield return "a";
            yield return 1;
        }
    }

    [Fact]
    public void Abort_with_a_response_throws_an_http_exception_that_is_that_response()
    {
        var denied = new Response("denied", 403, mimetype: "text/plain");
        var raised = Assert.Throws<HttpException>(() => Abort(denied));
        Assert.Same(denied, raised.Response);
        Assert.Equal(403, raised.Code);
        Assert.Same(denied, raised.GetResponse());
        Assert.Same(denied, MakeResponse(raised));
        Assert.Null(new HttpException(404).Response);
    }

    [Fact]
    public void A_500_can_carry_the_exception_it_stands_for()
    {
        var original = new InvalidOperationException("broken");
        var serverError = new HttpException(500, null, original);
        Assert.Same(original, serverError.InnerException);
        Assert.Equal("Internal Server Error", serverError.Name);
        Assert.Contains("<title>500 Internal Server Error</title>", MakeResponse(serverError).GetText());
    }
}
