#pragma once

#include "Clock.h"
#include "Result.h"
#include "canary/CanaryJournal.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace cxsync {
class Settings;
class Journal;
class Connections;
} // namespace cxsync

namespace cxsync::exchange {
struct ExchangeEvent;
}

namespace cxsync::canary {

struct CanaryOptions {
    QString crmLogon; // the canary CRM user (its logon), linked to `mailbox` by user sync
    QString mailbox;  // the canary mailbox's address
    qint64 intervalMs = 15 * 60 * 1000; // one round every interval
    qint64 lateMs = 300 * 1000;         // seen after this: late
    // A round not seen by then is lost (0: the interval, i.e. when the next round is due).
    qint64 lostAfterMs = 0;
    // While a round waits, the other side is also looked at this often (besides after every sync run).
    qint64 checkEveryMs = 5000;
    // The canary item's time: this far ahead, rounded to the next whole minute, 15 minutes long.
    qint64 slotAheadSecs = 3600;

    bool enabled() const { return !crmLogon.isEmpty() && !mailbox.isEmpty(); }
    qint64 lostMs() const { return lostAfterMs > 0 ? lostAfterMs : intervalMs; }
    static CanaryOptions fromSettings(const Settings &settings);
};

// The synthetic canary (issue 18): every interval it writes a marked, private, attendee-less appointment on
// one side (alternating: a CRM communication for the canary CRM user, then an Exchange item in the canary
// mailbox), and looks for it on the other side, where only the normal synchronization can have put it (the
// CRM's Exchange id write-back for CRM→Exchange, a CRM record carrying the item's Exchange id for
// Exchange→CRM). The time from the confirmed write to the first sighting is the round's latency; a round
// not seen before its deadline is lost. Then its items are deleted on both sides.
//
// Never left behind: the round is in the journal (canary_rounds) before its item is written, and start()
// first removes the items of every round not marked cleaned (a service that died mid-round), finding them by
// id or, when the id never reached the journal, by the marker in their subject inside the round's time slot.
class Canary final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Canary)
public:
    Canary(Connections &connections, Journal &journal, Clock &clock, CanaryOptions options,
           QObject *parent = nullptr);
    ~Canary() override;

    static QString subjectPrefix() { return QStringLiteral("[cxsync canary] "); }

    // Cleans up what earlier runs left, then runs a round now and one every interval.
    void start();
    // No new round or check starts; a round under way stays in the journal, unfinished, and the next start()
    // removes its items.
    void stop();
    // A sync run ended: the waiting round (if any) is looked for on the other side now.
    void syncRunFinished();
    // Starts a round now (unless one is under way). The timer calls it.
    void runRound();
    // Removes the items of every round not marked cleaned (also the one under way, if any: call it when no
    // round runs). `done` gets how many rounds were cleaned and the problems met.
    void cleanUp(std::function<void(int cleaned, QStringList problems)> done);
    bool roundUnderWay() const { return m_round.has_value(); }

Q_SIGNALS:
    void message(const QString &text);
    // A round ended (arrived, late, lost or failed) and its items were removed (or the removal failed: then
    // round.cleaned is false and the next round or start tries again).
    void roundFinished(const cxsync::canary::CanaryRound &round);
    void cleanupFinished(int cleaned, const QStringList &problems);

private:
    struct Pair {
        QString crmUserId;
        QString mailbox;
    };
    Result<Pair> resolvePair() const;
    void beginRound();
    void writeOrigin();
    void check();
    void arrived(const QString &crmItemId, const QString &exchangeItemId);
    void endRound(CanaryState state, const QString &error);
    // Deletes `round`'s items on both sides (finding the ones whose ids are unknown); `done(problem)` with an
    // empty problem when both sides are clean.
    void cleanRound(const CanaryRound &round, std::function<void(QString)> done);
    // Every item in the round's slot of the canary mailbox whose subject holds its marker (all pages).
    void findInSlot(const CanaryRound &round, std::function<void(Result<QList<exchange::ExchangeEvent>>)> done);
    void cleanNext(std::shared_ptr<QList<CanaryRound>> rounds, int cleaned, QStringList problems,
                   std::function<void(int, QStringList)> done);
    bool alive(quint64 generation) const { return generation == m_generation && !m_stopped; }

    Connections &m_connections;
    Journal &m_journal;
    Clock &m_clock;
    CanaryOptions m_options;
    CanaryJournal m_store;
    QTimer m_roundTimer;
    QTimer m_checkTimer;
    std::optional<CanaryRound> m_round; // the round under way
    qint64 m_writtenElapsedMs = 0;      // Clock::elapsedMs() when its write was confirmed
    bool m_checking = false;
    bool m_checkAgain = false;
    bool m_cleaning = false;
    bool m_stopped = true;
    quint64 m_generation = 0;
    std::optional<CanaryDirection> m_next;
};

} // namespace cxsync::canary
