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
        var headerStyles = ColumnStyles(table, BriefingTheme.TableHeader, columns);
        var bodyStyles = ColumnStyles(table, BriefingTheme.TableCell, columns);
        var header = new List<Layout.TableRow>();
        var body = new List<Layout.TableRow>();
        foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>())
        {
            var styles = row.IsHeader ? headerStyles : bodyStyles;
            var cells = new List<Element>(columns);
            for (int c = 0; c < columns; c++)
            {
                var cellStyle = styles[c];
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

    // One style per column, shared by its cells, rather than a copy per cell.
    static ParagraphStyle[] ColumnStyles(Table table, ParagraphStyle style, int columns)
    {
        var styles = new ParagraphStyle[columns];
        for (int c = 0; c < columns; c++)
        {
            styles[c] = style with { Align = Align(table, c) };
        }

        return styles;
    }

    // A cell is nearly always one paragraph, whose runs are used as they are.
    static List<TextRun> CellRuns(TableCell cell, InlineBuilder inlines, ParagraphStyle style)
    {
        List<TextRun>? runs = null;
        foreach (var block in cell)
        {
            if (block is not LeafBlock leaf)
            {
                continue;
            }

            var built = inlines.Build(leaf, style.Base);
            if (runs is null)
            {
                runs = built;
                continue;
            }

            if (runs.Count > 0)
            {
                runs.Add(TextRun.Break(style.Base));
            }

            runs.AddRange(built);
        }

        return runs ?? [];
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
