namespace SurveyBot.Benchmarks.Insights;

/// <summary>A 300-word mixed experience used by the analysis benchmarks.</summary>
internal static class BenchmarkStory
{
    public const string Text = """
        Mixed experience: a weekend stay at the Harbourview Hotel in Bristol.

        I found the hotel on a comparison site after my colleague told me it was the best value near the harbour,
        and the reviews on Tripadvisor were mostly four and five stars. The price of 140 pounds a night looked
        reasonable, so I booked directly on their website. The booking was quick and I got a confirmation e-mail
        within a minute, which was reassuring.

        When we arrived on Friday evening the receptionist was friendly and gave us an upgrade to a room with a view,
        which was a lovely surprise. The room was spotless and the bed was really comfortable. Breakfast on Saturday
        was delicious, fresh pastries and proper coffee, and the waiter remembered our names.

        Unfortunately the second night was a different story. The people in the next room were very noisy until 3 am
        and when I called reception nobody answered the phone. In the morning the duty manager was polite but said
        there was nothing he could do. At checkout they charged us a 25 pound parking fee that was not mentioned
        anywhere on the website, and the card machine froze twice so we waited 20 minutes in a queue.

        I sent an e-mail to customer service about the fee and the noise. After a week and two reminders they
        replied with a canned message and a voucher for a free drink, which felt like a joke. I was disappointed,
        honestly a bit annoyed, because the first day had been so good and I was happy to recommend them.

        I left a three star review on Google explaining what happened. I would probably go back for the location
        and the breakfast, but next time I will ask about parking before I book and I will bring earplugs.
        """;
}
