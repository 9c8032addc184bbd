using System.Text;

namespace ReturnShape.Bench.Generator;

/// <summary>
/// The ReturnShape project: handlers as [View] methods and, one in five, as lambdas passed to a
/// [View] parameter. The runtime and the analyzers come from $(ReturnShapeBin), so a build with
/// -p:WithReturnShapeAnalyzers=false measures the same code without them.
/// </summary>
internal static class ViewsProjectWriter
{
    public static void Write(string directory, int views)
    {
        ProjectWriter.WriteIsolation(directory);
        File.WriteAllText(Path.Combine(directory, "Views.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <NoWarn>$(NoWarn);CS1998</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="$(ReturnShapeBin)/ReturnShape.dll" />
                <Analyzer Include="$(ReturnShapeBin)/ReturnShape.Analyzers.dll" Condition="'$(WithReturnShapeAnalyzers)' != 'false'" />
              </ItemGroup>
            </Project>
            """);
        // The invalid tenth of the views must not fail the build being measured.
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), """
            root = true

            [*.cs]
            dotnet_analyzer_diagnostic.category-ReturnShape.severity = warning
            """);
        File.WriteAllText(Path.Combine(directory, "Support.cs"), """
            using ReturnShape;

            public sealed class Router
            {
                public void Add(string pattern, [View] Func<object?> handler) { }
            }

            public static class Store
            {
                public static string? Lookup(int key) => key % 5 == 0 ? null : "item" + key;
            }
            """);

        for (var first = 0; first < views; first += ProjectWriter.HandlersPerFile)
        {
            var count = Math.Min(ProjectWriter.HandlersPerFile, views - first);
            var fileIndex = first / ProjectWriter.HandlersPerFile;
            var file = new StringBuilder();
            file.AppendLine("using ReturnShape;")
                .AppendLine("using static ReturnShape.Responses;")
                .AppendLine("using static Store;")
                .AppendLine()
                .Append("public static class Views").Append(fileIndex).AppendLine()
                .AppendLine("{");
            var lambdas = new StringBuilder();
            for (var i = first; i < first + count; i++)
            {
                var body = ProjectWriter.Indent(HandlerCatalog.Fill(HandlerCatalog.For(i).ViewBody, i));
                if (i % 5 == 4)
                {
                    lambdas.Append("        router.Add(\"/lambda/").Append(i).Append("\", () =>\n        {\n            ")
                        .Append(ProjectWriter.Indent(body)).Append("\n        });\n");
                    continue;
                }

                file.Append("    [View(\"/items/").Append(i).Append("\")]\n")
                    .Append("    public static object View").Append(i).Append("()\n    {\n        ")
                    .Append(body).Append("\n    }\n\n");
            }

            file.AppendLine("    public static void Register(Router router)")
                .AppendLine("    {")
                .Append(lambdas)
                .AppendLine("    }")
                .AppendLine("}")
                .AppendLine();
            ProjectWriter.AppendNonViewClass(file, fileIndex, first, count);
            ProjectWriter.WriteFile(directory, $"Views{fileIndex}.cs", file);
        }
    }
}
