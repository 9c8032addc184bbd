// A blog's views, ported line by line from a Flask app: the shapes Flask took, written in C#.
using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using ReturnShape;

namespace Corpus.Blog;

public record Post(int Id, string Title, string Body, DateTime Published);

public interface IPostStore
{
    Task<Post?> FindAsync(int id);

    Task<IReadOnlyList<Post>> LatestAsync(int count);
}

public class BlogViews
{
    private readonly IPostStore store;

    public BlogViews(IPostStore store) => this.store = store;

    [View("/posts/{id}")]
    public async Task<object> Show(int id)
    {
        var post = await store.FindAsync(id);
        if (post is null)
        {
            return (HttpStatusCode.NotFound, "No such post");
        }

        return post;
    }

    [View("/posts/latest")]
    public Task<object> Latest() => Task.FromResult<object>(store.LatestAsync(10));

    [View("/posts/{id}/raw")]
    public async Task<object> Raw(int id)
    {
        var post = await store.FindAsync(id);
        return post is null ? (object)404 : JsonSerializer.Serialize(post);
    }

    [View("/feed")]
    public object Feed() => ("<rss/>", new Dictionary<string, string> { ["Content-Type"] = "application/rss+xml" }, 200);

    [View("/login")]
    public object Login(string user)
    {
        var headers = new Dictionary<string, string>
        {
            ["Set-Cookie"] = "user=" + user + "; Path=/; HttpOnly",
        };
        return ("welcome", 200, headers);
    }

    [View("/logout")]
    public object Logout() => ("/", 303);

    [View("/ping")]
    public void Ping()
    {
    }

    [View("/posts/{id}/likes")]
    public long Likes(int id) => id * 3L;
}
