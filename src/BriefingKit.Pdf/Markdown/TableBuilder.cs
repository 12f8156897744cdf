using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Layout;
using BriefingKit.Schema.Diagnostics;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace BriefingKit.Pdf.Markdown;

/// <summary>A pipe table → <see cref="TableElement"/>: header rows, body rows, column alignment.</summary>
internal static class TableBuilder
{
    public static Element Build(Table table, InlineBuilder inlines, TextSpan span)
    {
        int columns = Math.Max(table.ColumnDefinitions.Count, table.OfType<Markdig.Extensions.Tables.TableRow>().Select(r => r.Count).DefaultIfEmpty(0).Max());
        var header = new List<Layout.TableRow>();
        var body = new List<Layout.TableRow>();
        foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>())
        {
            var style = row.IsHeader ? BriefingTheme.TableHeader : BriefingTheme.TableCell;
            var cells = new List<Element>();
            for (int c = 0; c < columns; c++)
            {
                var cellStyle = style with { Align = Align(table, c) };
                var runs = c < row.Count && row[c] is TableCell cell ? CellRuns(cell, inlines, cellStyle) : [];
                cells.Add(new ParagraphElement(runs, cellStyle) { Source = c < row.Count ? MarkdownSource.SpanOf(row[c]) : span });
            }

            if (row.IsHeader)
            {
                header.Add(new Layout.TableRow(cells, header.Count));
            }
            else
            {
                body.Add(new Layout.TableRow(cells, body.Count));
            }
        }

        return new TableElement(header, body, columns, BriefingTheme.Table) { Source = span };
    }

    static List<TextRun> CellRuns(TableCell cell, InlineBuilder inlines, ParagraphStyle style)
    {
        var runs = new List<TextRun>();
        foreach (var leaf in cell.OfType<LeafBlock>())
        {
            if (runs.Count > 0)
            {
                runs.Add(TextRun.Break(style.Base));
            }

            runs.AddRange(inlines.Build(leaf, style.Base));
        }

        return runs;
    }

    static TextAlign Align(Table table, int column) =>
        column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                TableColumnAlign.Center => TextAlign.Center,
                TableColumnAlign.Right => TextAlign.Right,
                _ => TextAlign.Left,
            }
            : TextAlign.Left;
}
