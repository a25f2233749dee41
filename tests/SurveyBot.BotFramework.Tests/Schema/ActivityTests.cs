using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Tests.Schema;

public sealed class ActivityTests
{
    private static Activity Inbound() => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        Locale = "fr-FR",
        From = new ChannelAccount("29:user", "Ana", "user"),
        Recipient = new ChannelAccount("28:bot", "SurveyBot", "bot"),
        Conversation = new ConversationAccount("a:conv") { TenantId = "tenant-1", ConversationType = "personal" },
        Text = "hello",
    };

    [Fact]
    public void A_reply_swaps_sender_and_recipient_and_answers_the_inbound_activity()
    {
        var inbound = Inbound();

        var reply = inbound.CreateReply("Bonjour");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("Bonjour", reply.Text);
        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:user", reply.Recipient!.Id);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Equal("a:conv", reply.Conversation!.Id);
        Assert.Equal("tenant-1", reply.Conversation.TenantId);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/amer/", reply.ServiceUrl);
        Assert.Equal("fr-FR", reply.Locale);
        Assert.Null(reply.Id);
        Assert.Null(reply.Timestamp);
    }

    [Fact]
    public void A_reply_does_not_share_the_inbound_conversation_object()
    {
        var inbound = Inbound();

        var reply = inbound.CreateReply("x");
        reply.Conversation!.Name = "changed";

        Assert.Null(inbound.Conversation!.Name);
    }

    [Fact]
    public void Addressing_keeps_what_the_reply_already_set()
    {
        var reply = new Activity { Type = ActivityTypes.Typing, Locale = "en-GB", ReplyToId = "other", Recipient = new ChannelAccount("someone-else") };

        Inbound().ApplyReplyAddress(reply);

        Assert.Equal(ActivityTypes.Typing, reply.Type);
        Assert.Equal("en-GB", reply.Locale);
        Assert.Equal("other", reply.ReplyToId);
        Assert.Equal("someone-else", reply.Recipient!.Id);
        Assert.Equal("28:bot", reply.From!.Id);
    }

    [Fact]
    public void The_conversation_reference_names_user_bot_conversation_and_service()
    {
        var reference = Inbound().GetConversationReference();

        Assert.Equal("in-1", reference.ActivityId);
        Assert.Equal("29:user", reference.User!.Id);
        Assert.Equal("28:bot", reference.Bot!.Id);
        Assert.Equal("a:conv", reference.Conversation!.Id);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/amer/", reference.ServiceUrl);
        Assert.Equal("fr-FR", reference.Locale);
    }
}
