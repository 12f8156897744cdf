using System;
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Text;
using Scriban.Syntax;

namespace BriefingKit.Schema.Templates;

/// <summary>
/// Walks one parsed template and resolves every name and member path against the model's shape, without
/// rendering: a misspelt field (<c>s.qoute</c>), a loop over text, a field of a list, a record written as text, or a
/// function given the wrong kind of value is a located diagnostic at the name, with a suggestion. What cannot be
/// known before rendering (a Scriban function's result, a <c>$local</c>) is accepted, so there are no false errors.
/// </summary>
internal sealed class MemberChecker
{
    private static readonly RecordShape LoopObject = new(
        "loop", "a loop's 'for' object",
        new EquatableArray<MemberShape>(new[]
        {
            new MemberShape("changed", ValueShape.Flag), new MemberShape("even", ValueShape.Flag), new MemberShape("first", ValueShape.Flag),
            new MemberShape("index", ValueShape.Number), new MemberShape("last", ValueShape.Flag), new MemberShape("length", ValueShape.Number),
            new MemberShape("odd", ValueShape.Flag), new MemberShape("rindex", ValueShape.Number),
        }));

    private readonly ModelShape model;
    private readonly TemplateSource file;
    private readonly List<Diagnostic> diagnostics;
    private readonly CheckScope scope;
    private readonly Action<string?, Dictionary<string, ValueShape>> included;

    /// <param name="model">The view model's shape.</param>
    /// <param name="file">The template being checked.</param>
    /// <param name="topLevel">The names every template sees (see <see cref="TopLevel"/>) plus those its include sites pass down.</param>
    /// <param name="diagnostics">Where problems are added.</param>
    /// <param name="included">Told, at each include, the partial's name (null when computed) and the names visible there.</param>
    public MemberChecker(ModelShape model, TemplateSource file, Dictionary<string, ValueShape> topLevel, List<Diagnostic> diagnostics, Action<string?, Dictionary<string, ValueShape>> included)
    {
        this.model = model;
        this.file = file;
        this.diagnostics = diagnostics;
        this.included = included;
        scope = new CheckScope(topLevel);
    }

    /// <summary>The top level of every template: the briefing's fields, our functions, Scriban's built-ins, and names any template of the set assigns.</summary>
    public static Dictionary<string, ValueShape> TopLevel(ModelShape model, IEnumerable<string> assigned)
    {
        var names = new Dictionary<string, ValueShape>(StringComparer.Ordinal);
        foreach (var name in assigned.Concat(TemplateRules.BuiltinValues))
        {
            names[name] = ValueShape.Any;
        }

        foreach (var name in TemplateRules.BuiltinObjects.Keys)
        {
            names[name] = ValueShape.BuiltinNamed(name);
        }

        foreach (var name in TemplateRules.Functions.Keys)
        {
            names[name] = ValueShape.Any;
        }

        foreach (var member in model.RootRecord.Members)
        {
            names[member.Name] = member.Shape;
        }

        return names;
    }

    /// <summary>Names a template assigns with <c>x = …</c>, <c>capture x</c> or <c>func x</c>: Scriban keeps them global to the render.</summary>
    public static void CollectAssigned(ScriptNode? page, HashSet<string> into)
    {
        foreach (var node in Nodes(page))
        {
            var target = node switch
            {
                ScriptAssignExpression assign => assign.Target,
                ScriptCaptureStatement capture => capture.Target,
                ScriptFunction function => function.NameOrDoToken,
                _ => null,
            };
            if (target is ScriptVariableGlobal global)
            {
                into.Add(global.Name);
            }
        }
    }

    /// <summary>Every node under <paramref name="root"/>, depth first, without recursion (templates can nest deeply).</summary>
    internal static IEnumerable<ScriptNode> Nodes(ScriptNode? root)
    {
        var pending = new Stack<ScriptNode>();
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            for (var i = node.ChildrenCount - 1; i >= 0; i--)
            {
                if (node.GetChildren(i) is { } child)
                {
                    pending.Push(child);
                }
            }
        }
    }

    public void Check(ScriptPage page) => Walk(page.Body);

    private void Walk(ScriptNode? node)
    {
        switch (node)
        {
            case null:
                return;
            case ScriptBlockStatement block:
                foreach (var statement in block.Statements)
                {
                    Walk(statement);
                }

                return;
            case ScriptExpressionStatement { Expression: { } expression }:
                CheckWritten(expression, Eval(expression));
                return;
            case ScriptForStatement loop:
                WalkLoop(loop, loop is ScriptTableRowStatement ? "tablerow" : "for");
                return;
            case ScriptWhileStatement loop:
                Eval(loop.Condition);
                scope.Push(new Dictionary<string, ValueShape>(StringComparer.Ordinal) { ["while"] = ValueShape.RecordNamed(LoopObject.TypeName) });
                Walk(loop.Body);
                scope.Pop();
                return;
            case ScriptIfStatement branch:
                Eval(branch.Condition);
                Walk(branch.Then);
                Walk(branch.Else);
                return;
            case ScriptElseStatement otherwise:
                Walk(otherwise.Body);
                return;
            case ScriptWithStatement with:
                WalkWith(with);
                return;
            case ScriptCaptureStatement capture:
                Walk(capture.Body);
                if (capture.Target is ScriptVariableGlobal target)
                {
                    scope.Assign(target.Name, ValueShape.Text);
                }

                return;
            case ScriptFunction function:
                WalkFunction(function);
                return;
            case ScriptCaseStatement choice:
                Eval(choice.Value);
                Walk(choice.Body);
                return;
            case ScriptWhenStatement whenStatement:
                foreach (var value in whenStatement.Values)
                {
                    Eval(value);
                }

                Walk(whenStatement.Body);
                Walk(whenStatement.Next);
                return;
            case ScriptRawStatement or ScriptEscapeStatement or ScriptNopStatement or ScriptEndStatement or ScriptBreakStatement or ScriptContinueStatement:
                return;
            case ScriptExpression expression:
                Eval(expression);
                return;
            default:
                foreach (var child in node.Children)
                {
                    Walk(child);
                }

                return;
        }
    }

    private void WalkLoop(ScriptForStatement loop, string loopName)
    {
        var items = Eval(loop.Iterator);
        foreach (var argument in loop.NamedArguments ?? [])
        {
            Eval(argument.Value);
        }

        var item = ValueShape.Any;
        switch (items.Kind)
        {
            case ValueKind.List:
                item = items.Item ?? ValueShape.Any;
                break;
            case ValueKind.Any:
                break;
            default:
                Report(loop.Iterator, Codes.TemplateRuntime, $"this is {Describe(items)}, not a list: a '{loopName}' loop goes over a list such as timeline or people");
                break;
        }

        var names = new Dictionary<string, ValueShape>(StringComparer.Ordinal) { [loopName] = ValueShape.RecordNamed(LoopObject.TypeName) };
        if (loop.Variable is ScriptVariable variable)
        {
            names[variable.Name] = item;
        }

        scope.Push(names);
        Walk(loop.Body);
        scope.Pop();
        Walk(loop.Else);
    }

    private void WalkWith(ScriptWithStatement with)
    {
        var target = Eval(with.Name);
        if (target.Kind == ValueKind.Record && model.Find(target.Name!) is { } record)
        {
            scope.PushRecord(record);
        }
        else if (target.Kind == ValueKind.Any)
        {
            // Fields of an unknown object: nothing can be told apart, so check nothing inside rather than guess.
            WalkUnresolved(with.Body);
            return;
        }
        else
        {
            Report(with.Name, Codes.TemplateRuntime, $"this is {Describe(target)}, not a record: 'with' reads the fields of one record, such as a section");
            scope.Push(new Dictionary<string, ValueShape>(StringComparer.Ordinal));
        }

        Walk(with.Body);
        scope.Pop();
    }

    private void WalkFunction(ScriptFunction function)
    {
        var names = new Dictionary<string, ValueShape>(StringComparer.Ordinal);
        foreach (var parameter in function.Parameters ?? [])
        {
            if (parameter.Name is ScriptVariable name)
            {
                names[name.Name] = ValueShape.Any;
            }
        }

        scope.Push(names);
        Walk(function.Body);
        scope.Pop();
    }

    /// <summary>Walks a block whose names cannot be resolved (inside <c>with</c> of an unknown value): only calls to our functions are checked.</summary>
    private void WalkUnresolved(ScriptNode? node)
    {
        var unknown = new Dictionary<string, ValueShape>(StringComparer.Ordinal);
        foreach (var name in Names(node))
        {
            unknown[name] = ValueShape.Any;
        }

        scope.Push(unknown);
        Walk(node);
        scope.Pop();
    }

    private static IEnumerable<string> Names(ScriptNode? node) => Nodes(node).OfType<ScriptVariableGlobal>().Select(v => v.Name);

    private ValueShape Eval(ScriptNode? node)
    {
        switch (node)
        {
            case null:
                return ValueShape.Any;
            case ScriptVariableGlobal variable:
                return Lookup(variable);
            case ScriptVariable:
                return ValueShape.Any; // $locals and $0…: parameters of a function, not known here
            case ScriptLiteral literal:
                return literal.Value switch
                {
                    string => ValueShape.Text,
                    bool => ValueShape.Flag,
                    null => ValueShape.Any,
                    _ => ValueShape.Number,
                };
            case ScriptIsEmptyExpression empty:
                Eval(empty.Target);
                return ValueShape.Flag;
            case ScriptMemberExpression { Member: { } name } member:
                return Member(Eval(member.Target), name);
            case ScriptIndexerExpression indexer:
                var target = Eval(indexer.Target);
                Eval(indexer.Index);
                return target.Kind switch
                {
                    ValueKind.List => target.Item ?? ValueShape.Any,
                    ValueKind.Text => ValueShape.Text,
                    _ => ValueShape.Any,
                };
            case ScriptFunctionCall call:
                return Call(call.Target, call.Arguments.Cast<ScriptExpression>().ToList(), call);
            case ScriptPipeCall pipe:
                var from = Eval(pipe.From);
                return pipe.To switch
                {
                    ScriptFunctionCall call => Call(call.Target, call.Arguments.Cast<ScriptExpression>().ToList(), call, from, pipe.From),
                    ScriptExpression to => Call(to, [], to, from, pipe.From),
                    _ => ValueShape.Any,
                };
            case ScriptAssignExpression assign:
                Assign(assign);
                return ValueShape.Any;
            case ScriptNestedExpression nested:
                return Eval(nested.Expression);
            case ScriptNamedArgument argument:
                return Eval(argument.Value);
            case ScriptObjectInitializerExpression initializer:
                foreach (var entry in initializer.Members)
                {
                    Eval(entry.Value);
                }

                return ValueShape.Any;
            case ScriptAnonymousFunction anonymous:
                Walk(anonymous.Function);
                return ValueShape.Any;
            case ScriptArrayInitializerExpression array:
                foreach (var value in array.Values)
                {
                    Eval(value);
                }

                return ValueShape.ListOf(ValueShape.Any);
            case ScriptBinaryExpression binary:
                Eval(binary.Left);
                Eval(binary.Right);
                return ValueShape.Any;
            case ScriptStatement statement:
                Walk(statement);
                return ValueShape.Any;
            default:
                foreach (var child in node.Children)
                {
                    Eval(child);
                }

                return ValueShape.Any;
        }
    }

    private ValueShape Lookup(ScriptVariableGlobal variable)
    {
        if (scope.Find(variable.Name) is { } shape)
        {
            return shape;
        }

        Report(variable, Codes.UnknownBinding, variable.Name, "a field of the briefing, a loop variable or a function", Suggestions.DidYouMean(variable.Name, scope.Names()));
        return ValueShape.Any;
    }

    private ValueShape Member(ValueShape target, ScriptVariable member)
    {
        var name = member.Name;
        switch (target.Kind)
        {
            case ValueKind.Any:
                return ValueShape.Any;
            case ValueKind.Record:
                var record = target.Name == LoopObject.TypeName ? LoopObject : model.Find(target.Name!);
                if (record is null)
                {
                    return ValueShape.Any;
                }

                if (record.Find(name) is { } field)
                {
                    return field.Shape;
                }

                return Unknown(member, record.Description, record.Members.Select(m => m.Name).ToList());
            case ValueKind.Builtin:
                var functions = TemplateRules.BuiltinFunctions(target.Name!);
                if (functions.Contains(name))
                {
                    return ValueShape.Any;
                }

                Report(member, Codes.UnknownBinding, name, $"a function of Scriban's '{target.Name}'", Suggestions.DidYouMean(name, functions));
                return ValueShape.Any;
            case ValueKind.List or ValueKind.Text:
                return name == "size" ? ValueShape.Number : Unknown(member, target.Kind == ValueKind.List ? "a list (loop over it with 'for … in …')" : "text", ["size"]);
            default:
                return Unknown(member, Describe(target), []);
        }
    }

    private ValueShape Unknown(ScriptVariable member, string what, IReadOnlyList<string> members)
    {
        var suggestion = Suggestions.DidYouMean(member.Name, members);
        var known = members.Count > 0 ? $"; its fields are {string.Join(", ", members)}" : string.Empty;
        Report(member, Codes.UnknownBinding, member.Name, $"a field of {what}", suggestion.Length > 0 ? suggestion : known);
        return ValueShape.Any;
    }

    /// <summary>
    /// A call: the callee is resolved like any name, and our functions also have their argument checked.
    /// <paramref name="piped"/> is the value a pipe passes as the first argument (<c>row.notes | cite</c>).
    /// </summary>
    private ValueShape Call(ScriptNode? target, List<ScriptExpression> arguments, ScriptNode call, ValueShape? piped = null, ScriptNode? pipedFrom = null)
    {
        var shapes = arguments.Select(Eval).ToList();
        if (target is not ScriptVariableGlobal { Name: var name } || !TemplateRules.Functions.TryGetValue(name, out var rule) || scope.Find(name) is not { Kind: ValueKind.Any })
        {
            Eval(target);
            return ValueShape.Any;
        }

        var given = new List<(ValueShape Shape, ScriptNode Node)>();
        if (piped is not null)
        {
            given.Add((piped, pipedFrom!));
        }

        given.AddRange(shapes.Zip(arguments, (s, a) => (s, (ScriptNode)a)));
        if (given.Count != 1)
        {
            Report(call, Codes.TemplateRuntime, rule.Message);
            return ValueShape.Any;
        }

        var (shape, node) = given[0];
        if (!Fits(shape, rule.Takes))
        {
            Report(node, Codes.TemplateRuntime, rule.Message);
        }

        if (name == "include")
        {
            included(node is ScriptLiteral { Value: string partial } ? partial : null, scope.Inner());
            return ValueShape.Any;
        }

        return ValueShape.Text;
    }

    private void Assign(ScriptAssignExpression assign)
    {
        var value = Eval(assign.Value);
        switch (assign.Target)
        {
            case ScriptVariableGlobal variable when model.RootRecord.Find(variable.Name) is not null:
                Report(variable, Codes.TemplateRuntime, $"'{variable.Name}' is a field of the briefing, which templates cannot change; assign to a name of your own");
                break;
            case ScriptVariableGlobal variable:
                scope.Assign(variable.Name, value);
                break;
            case ScriptMemberExpression { Member: { } field } member:
                if (Eval(member.Target) is { Kind: ValueKind.Record } owner)
                {
                    Report(field, Codes.TemplateRuntime, $"'{field.Name}' is a field of {Describe(owner)}, which templates cannot change; assign to a name of your own");
                }

                break;
            case ScriptVariable:
                break;
            default:
                Eval(assign.Target);
                break;
        }
    }

    /// <summary>A value written as text must be text (or a number or flag): a list or record is reported, as a render would.</summary>
    private void CheckWritten(ScriptExpression expression, ValueShape shape)
    {
        if (expression is ScriptAssignExpression)
        {
            return;
        }

        if (shape.Kind == ValueKind.List)
        {
            Report(expression, Codes.TemplateRuntime, "this value is a list, not text: loop over it with 'for … in …', or write one of its fields");
        }
        else if (shape.Kind == ValueKind.Record)
        {
            Report(expression, Codes.TemplateRuntime, $"this value is {Describe(shape)}, not text: write one of its fields");
        }
    }

    private static bool Fits(ValueShape given, ValueShape takes) => (given.Kind, takes.Kind) switch
    {
        (ValueKind.Any, _) => true,
        (_, ValueKind.Text) => given.Kind is ValueKind.Text or ValueKind.Number or ValueKind.Flag,
        (ValueKind.List, ValueKind.List) => given.Item is null || takes.Item is null || Fits(given.Item, takes.Item),
        _ => given.Kind == takes.Kind,
    };

    private string Describe(ValueShape shape) => shape.Kind switch
    {
        ValueKind.Text => "text",
        ValueKind.Flag => "a true/false value",
        ValueKind.Number => "a number",
        ValueKind.List => "a list",
        ValueKind.Record => (shape.Name == LoopObject.TypeName ? LoopObject : model.Find(shape.Name!))?.Description ?? "a record",
        ValueKind.Builtin => $"Scriban's '{shape.Name}' functions",
        _ => "a value",
    };

    private void Report(ScriptNode? node, DiagnosticDescriptor descriptor, params object?[] args) =>
        diagnostics.Add(descriptor.Create(file.Path, node is null ? TextSpan.FileStart : TemplateSyntax.Locate(file.Text, node.Span), args));
}
