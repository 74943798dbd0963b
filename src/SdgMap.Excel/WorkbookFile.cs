using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using SdgMap.Excel.Resources;
using SdgMap.Resources;
using SdgMap.Serialization;

namespace SdgMap.Excel;

/// <summary>
/// Opens a workbook for reading, refusing what is not one before anything is inflated: another
/// kind of file, an encrypted workbook or Excel 97 .xls (both OLE compound files), a damaged zip,
/// and a zip bomb (parts that would inflate past the limits).
/// </summary>
internal static class WorkbookFile
{
    /// <summary>The most a part may inflate to for every byte it takes in the zip; real sheets stay far below.</summary>
    public const int MaxRatio = 200;

    /// <summary>Parts this small are not checked for their ratio: a blank sheet inflates a lot but to little.</summary>
    private const long RatioFloor = 1 << 20;

    /// <summary>The most parts (files) a workbook may hold.</summary>
    private const int MaxParts = 10_000;

    /// <summary>Opens <paramref name="path"/>: its bytes are read whole (up to <see cref="PlanLimits.MaxFileBytes"/>) and checked.</summary>
    /// <exception cref="PlanInputException">The file cannot be read, or is not a workbook SdgMap reads; the message says what it is and what to do.</exception>
    public static SpreadsheetDocument Open(string path, PlanLimits limits)
    {
        var bytes = InputFile.ReadAllBytes(path, Messages.WhatWorkbook, limits.MaxFileBytes);
        return Open(new MemoryStream(bytes, writable: false), path, limits);
    }

    /// <summary>Opens a workbook from a seekable stream; <paramref name="path"/> names it in messages.</summary>
    public static SpreadsheetDocument Open(Stream input, string? path, PlanLimits limits)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.CanSeek)
        {
            var copy = new MemoryStream();
            CopyBounded(input, copy, limits.MaxFileBytes, path);
            copy.Position = 0;
            input = copy;
        }

        if (input.Length > limits.MaxFileBytes)
        {
            throw new PlanInputException(Localized.Format(ExcelMessages.WorkbookTooLarge, input.Length, limits.MaxFileBytes), path);
        }

        Span<byte> head = stackalloc byte[8];
        var start = input.Position;
        var read = input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        input.Position = start;
        if (head[..read] is [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        {
            throw new PlanInputException(ExcelMessages.WorkbookEncryptedOrXls, path);
        }

        if (head[..read] is not [0x50, 0x4B, 0x03, 0x04, ..])
        {
            throw new PlanInputException(read == 0 ? ExcelMessages.WorkbookEmpty : ExcelMessages.WorkbookNotZip, path);
        }

        CheckZip(input, path, limits);
        input.Position = start;
        try
        {
            // MaxCharactersInPart stops a part that inflates past its declared size, which the check above trusted.
            return SpreadsheetDocument.Open(input, isEditable: false, new OpenSettings { MaxCharactersInPart = limits.MaxFileBytes, AutoSave = false });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new PlanInputException(Localized.Format(ExcelMessages.WorkbookCannotOpen, e.Message.TrimEnd('.')), path, innerException: e);
        }
    }

    /// <summary>Refuses a damaged zip, too many parts, and parts whose declared sizes go past the limits, reading only the zip's directory.</summary>
    private static void CheckZip(Stream input, string? path, PlanLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxParts)
            {
                throw new PlanInputException(Localized.Format(ExcelMessages.WorkbookTooManyParts, zip.Entries.Count, MaxParts), path);
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > limits.MaxFileBytes || total > 4 * limits.MaxFileBytes)
                {
                    throw new PlanInputException(Localized.Format(ExcelMessages.WorkbookPartTooLarge, entry.FullName, entry.Length, total, limits.MaxFileBytes), path);
                }

                if (entry.Length > RatioFloor && entry.Length > (long)MaxRatio * Math.Max(1, entry.CompressedLength))
                {
                    throw new PlanInputException(Localized.Format(ExcelMessages.WorkbookPartRatio, entry.FullName, entry.Length / Math.Max(1, entry.CompressedLength), entry.CompressedLength, entry.Length, MaxRatio), path);
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new PlanInputException(Localized.Format(ExcelMessages.WorkbookDamagedZip, e.Message.TrimEnd('.')), path, innerException: e);
        }
    }

    private static void CopyBounded(Stream input, Stream output, long max, string? path)
    {
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while ((n = input.Read(buffer)) > 0)
        {
            total += n;
            if (total > max)
            {
                throw new PlanInputException(Localized.Format(ExcelMessages.WorkbookPastLimit, max), path);
            }

            output.Write(buffer, 0, n);
        }
    }
}
