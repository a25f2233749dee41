using System.Buffers;

namespace SurveyBot.Web.Hosting;

/// <summary>Reads a request's whole body, up to a bound, for the endpoints that parse it in one go.</summary>
internal static class RequestBody
{
    /// <summary>The body's bytes, or null when it is longer than <paramref name="maxBytes"/> (declared or sent).</summary>
    /// <remarks>
    /// The bodies are small activities, so the bytes are parsed at once from one array rather than
    /// by a serializer reading a stream, which must be able to stop and resume at any byte.
    /// </remarks>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            // Nothing is consumed until the whole body is in.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
