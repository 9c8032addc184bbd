using ReturnShape.AspNetCore;

// The gallery is built, not run: each file under Views/ holds views that one rule reports.
// Serving them would answer 500 for the errors; MapViews is here so the views are real endpoints.
var app = WebApplication.CreateBuilder(args).Build();
app.MapViews(typeof(Program).Assembly);
app.Run();
