using System.Buffers;

namespace SdgMap.Serialization;

/// <summary>
/// A file's bytes: the first <see cref="Length"/> bytes of <see cref="Array"/>, which is the
/// shared pool's when <see cref="IsRented"/> and goes back to it on <see cref="Dispose"/>.
/// </summary>
internal readonly record struct FileBytes(byte[] Array, int Length, bool IsRented) : IDisposable
{
    public void Dispose()
    {
        if (IsRented)
        {
            ArrayPool<byte>.Shared.Return(Array);
        }
    }
}
