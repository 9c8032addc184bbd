using System.Text;

namespace ReturnShape.Bench.Generator;

/// <summary>
/// The twin: the same handlers as ASP.NET Core minimal-API MapGet lambdas, with no reference to the
/// ReturnShape runtime, so that ASP.NET Core's own route-handler analyzers and ReturnShape's
/// minimal-API rules (from $(ReturnShapeBin), off with -p:WithReturnShapeAnalyzers=false) are timed
/// on the same handlers.
/// </summary>
internal static class MinimalApiProjectWriter
{
    public static void Write(string directory, int handlers)
    {
        ProjectWriter.WriteIsolation(directory);
        File.WriteAllText(Path.Combine(directory, "MinimalApi.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="$(ReturnShapeBin)/ReturnShape.Analyzers.dll" Condition="'$(ReturnShapeBin)' != '' and '$(WithReturnShapeAnalyzers)' != 'false'" />
              </ItemGroup>
            </Project>
            """);

        var files = (handlers + ProjectWriter.HandlersPerFile - 1) / ProjectWriter.HandlersPerFile;
        var program = new StringBuilder("var app = WebApplication.Create(args);\n");
        for (var f = 0; f < files; f++)
        {
            program.Append("Routes").Append(f).AppendLine(".Map(app);");
        }

        program.AppendLine("app.Run();")
            .AppendLine()
            .AppendLine("public static class Store")
            .AppendLine("{")
            .AppendLine("    public static string? Lookup(int key) => key % 5 == 0 ? null : \"item\" + key;")
            .AppendLine("}");
        ProjectWriter.WriteFile(directory, "Program.cs", program);

        for (var first = 0; first < handlers; first += ProjectWriter.HandlersPerFile)
        {
            var count = Math.Min(ProjectWriter.HandlersPerFile, handlers - first);
            var fileIndex = first / ProjectWriter.HandlersPerFile;
            var file = new StringBuilder();
            file.AppendLine("using static Store;")
                .AppendLine()
                .Append("public static class Routes").Append(fileIndex).AppendLine()
                .AppendLine("{")
                .AppendLine("    public static void Map(IEndpointRouteBuilder app)")
                .AppendLine("    {");
            for (var i = first; i < first + count; i++)
            {
                var body = ProjectWriter.Indent(ProjectWriter.Indent(HandlerCatalog.Fill(HandlerCatalog.For(i).MinimalApiBody, i)));
                file.Append("        app.MapGet(\"/items/").Append(i).Append("\", (HttpContext context) =>\n        {\n            ")
                    .Append(body).Append("\n        });\n");
            }

            file.AppendLine("    }")
                .AppendLine("}")
                .AppendLine();
            ProjectWriter.AppendNonViewClass(file, fileIndex, first, count);
            ProjectWriter.WriteFile(directory, $"Routes{fileIndex}.cs", file);
        }
    }
}
