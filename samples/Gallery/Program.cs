using Gallery.MinimalApi;
using ReturnShape.AspNetCore;

// The gallery is built, not run: each file under Views/ holds a view that one rule (VRS00xx)
// reports, MinimalApi/ holds the minimal-API route handlers of the VRS01xx rules. Served, the
// errors would answer 500; they are mapped so that every example is a real endpoint.
var app = WebApplication.CreateBuilder(args).Build();
app.MapViews(typeof(Program).Assembly);
RouteHandlers.Map(app);
app.Run();
