using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace BriefingKit.Schema;

/// <summary>
/// An immutable array with value equality, so spec records compare by content. The source generator's
/// incremental pipeline relies on this to decide that a step's output is unchanged.
/// </summary>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? items;

    public EquatableArray(IEnumerable<T> items) => this.items = items.ToArray();

    // Takes the array as it is, without a copy: for readers that built it for this purpose and never touch it again.
    private EquatableArray(T[] items, bool owned) => this.items = owned ? items : items.ToArray();

    /// <summary>Wraps an array its caller made for this and will not change, without copying it.</summary>
    internal static EquatableArray<T> Own(T[] items) => new(items, owned: true);

    public static EquatableArray<T> Empty { get; } = new(Array.Empty<T>());

    private T[] Items => items ?? Array.Empty<T>();

    public int Count => Items.Length;

    public T this[int index] => Items[index];

    public bool Equals(EquatableArray<T> other) => Items.SequenceEqual(other.Items);

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            foreach (var item in Items)
            {
                hash = (hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
            }

            return hash;
        }
    }

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();
}

internal static class EquatableArray
{
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(items);
}
