#pragma once

// The team's figures month by month (issue 15, "Figures without text"): counts only, never
// text, pseudonyms, contacts or who did what. What leaves the vault (CSV, print) shows a
// count of one or two as "< 3" (shownCount), so a small month does not point at a person.

#include <QDate>
#include <QList>
#include <QString>

namespace kotva {

/// What a row of figures counts. The key of a row names the value within its group: a
/// channel, a wish, a risk level or a boundary rule by their stable vault names, an
/// organisation's topic by its own name, or a fixed key for the single-row groups.
enum class FigureGroup {
    ContactsByChannel,  ///< contacts opened in the month, by channel
    ContactsByWish,     ///< contacts opened in the month, by what the client wanted at first
    CrisisLevel,        ///< contacts that reached concern or acute in the month
    Referrals,          ///< referrals given (key: the level they were given at)
    DraftBoundary,      ///< the worker's saved turns with a boundary finding, by rule
    ClientRequest,      ///< the client's turns asking for what peers do not give, by rule
    SentDespiteWarning, ///< drafts sent although they crossed a rule (key "drafts")
    Stops,              ///< topics the client stopped (key "stops")
    Outcome,            ///< closed contacts: "closed", "referral_given", "to_supervision"
    Topic,              ///< closed contacts by the organisation's outcome topic
    Mail,               ///< e-mail: "received", "answered", "within_deadline"
};

/// One line of figures: a count per month, aligned with MonthlyFigures::months.
struct FigureRow
{
    FigureGroup group = FigureGroup::ContactsByChannel;
    QString key;
    QList<int> counts;

    [[nodiscard]] int total() const;
    bool operator==(const FigureRow&) const = default;
};

/// The figures of consecutive months, oldest first. Every row has one count per month.
struct MonthlyFigures
{
    QList<QDate> months; ///< the first day of each month (Prague time)
    QList<FigureRow> rows;

    /// The row of group and key, or nullptr.
    [[nodiscard]] const FigureRow* row(FigureGroup group, const QString& key) const;
    /// The count of group and key in the month at index, 0 when there is no such row.
    [[nodiscard]] int count(FigureGroup group, const QString& key, qsizetype month) const;
    /// The rows of a group, in their order.
    [[nodiscard]] QList<FigureRow> rowsOf(FigureGroup group) const;
    /// Adds one to the count of group and key in the month at index, making the row if needed.
    void add(FigureGroup group, const QString& key, qsizetype month, int amount = 1);
};

/// Every group, in the order the figures pane, the print and the CSV show them.
[[nodiscard]] QList<FigureGroup> allFigureGroups();
/// A stable name for the group ("contacts_by_channel"), used in the CSV.
[[nodiscard]] QString figureGroupName(FigureGroup group);

/// The smallest count shown as itself in anything that leaves the vault.
inline constexpr int SmallestShownCount = 3;
/// A count as it may leave the vault: "< 3" for one or two, the number otherwise. Zero stays
/// "0": that no contact of a kind happened says nothing about a person, and a table of "< 3"
/// where nothing happened would hide what a funder needs to read.
[[nodiscard]] QString shownCount(int count);
/// A row's total as it may leave the vault. When a month of the row is hidden as "< 3", an
/// exact total would give it away (the total minus the months shown), so the total reads as
/// the range the hidden months allow ("6–7" for 5 shown and one hidden), or "< 3".
[[nodiscard]] QString shownTotal(const FigureRow& row);

} // namespace kotva
