namespace ReturnShape.AspNetCore;

/// <summary>The error page a failed view answers with outside Development: Werkzeug's own 500 page, as Flask sends.</summary>
internal static class InternalServerError
{
    public static Response Page()
    {
        try
        {
            throw Responses.Abort(500);
        }
        catch (HttpException error)
        {
            return error.GetResponse();
        }
    }
}
