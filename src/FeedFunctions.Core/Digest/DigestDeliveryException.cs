namespace FeedFunctions.Digest;

/// <summary>A digest could not be sent for now; thrown so the queue delivers the message again later.</summary>
public sealed class DigestDeliveryException(string message) : Exception(message);
