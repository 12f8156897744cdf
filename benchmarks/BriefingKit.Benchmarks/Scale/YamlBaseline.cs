using YamlDotNet.Core;

namespace BriefingKit.Benchmarks.Scale;

/// <summary>
/// The floor for "load + validate": YamlDotNet's event parser run over the same text with the same scanner
/// settings the schema's tree builder uses, doing nothing with the events. No reader can be faster than this.
/// </summary>
public static class YamlBaseline
{
    public static int Parse(string text)
    {
        var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }
}
