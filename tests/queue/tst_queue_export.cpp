// Exports of the failed-message queue parse back to what the journal holds: XML (the legacy Event Data file's
// successor) with QXmlStreamReader, JSON with QJsonDocument, CSV with a strict RFC 4180 reader; with text
// that breaks naive writers (commas, quotes, line breaks, <&>, control characters, non-Latin scripts).
#include "FakeClock.h"
#include "QueueTestSupport.h"
#include "queue/FailedMessageQueue.h"
#include "queue/QueueExport.h"
#include "queue/TransactionLog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <sys/stat.h>

using namespace cxsync;
using namespace cxsync::queue;
using namespace cxsync::testsupport;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString modeOf(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QString::number(st.st_mode & 07777, 8);
}

} // namespace

class TestQueueExport : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FailedMessageQueue> m_queue;
    QList<FailedMessage> m_expected; // newest first, with history

    const QStringList nastySubjects() const
    {
        return {QStringLiteral("Plain"),
                QStringLiteral("Budget, Q3 \"final\" review"),
                QStringLiteral("Line one\nLine two\r\nLine three"),
                QStringLiteral("<Board> & \"Partners\" ]]> 'quoted'"),
                QStringLiteral("  leading and trailing spaces  "),
                QString::fromUtf8("Réunion à Zürich — 会议 — встреча 🎉"),
                QStringLiteral("Bell\x07 and NUL-free control\x01 chars"),
                QStringLiteral("=SUM(A1:A9)"),
                QString()};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite"))).value();
        m_clock = std::make_unique<FakeClock>();
        m_queue = std::make_unique<FailedMessageQueue>(*m_journal, *m_clock, RetrySchedule{}, 3);
        int i = 0;
        for (const QString &subject : nastySubjects()) {
            FailureRecord f =
                failure(i % 2 ? Direction::CrmToExchange : Direction::ExchangeToCrm,
                        QStringLiteral("user%1@contoso.com").arg(i), QStringLiteral("ID-%1").arg(i),
                        QStringLiteral("create"), i % 3 ? ErrorKind::Network : ErrorKind::Invalid,
                        QStringLiteral("error, with \"quotes\"\nand a second line #%1").arg(i), subject);
            f.error.httpStatus = i % 3 ? 0 : 400;
            f.error.serverCode = i % 3 ? QString() : QStringLiteral("ErrorInvalidRequest");
            f.snapshot.insert(QStringLiteral("nested"),
                              QJsonObject{{QStringLiteral("list"), QJsonArray{1, 2, 3}},
                                          {QStringLiteral("text"), subject}});
            QVERIFY(m_queue->record(f).ok());
            m_clock->advance(1000);
            ++i;
        }
        // Some history beyond the first failure: one retried, one discarded.
        const QList<FailedMessage> rows = m_queue->list({}, 0, 100).value();
        m_clock->advance(3600 * 1000);
        for (const FailedMessage &m : rows) {
            if (m.state == MessageState::Waiting) {
                const FailedMessage claimed = m_queue->markRetrying(m.id).value();
                QVERIFY(
                    m_queue
                        ->markFailedAgain(m.id, claimed.attempts,
                                          makeError(ErrorKind::Throttled, QStringLiteral("429 <slow down>")))
                        .ok());
                break;
            }
        }
        QVERIFY(m_queue->discard(rows.last().id, QStringLiteral("a test, with a comma")).ok());
        m_expected.clear();
        const QList<FailedMessage> listed = m_queue->list({}, 0, 100).value();
        for (const FailedMessage &m : listed)
            m_expected << m_queue->get(m.id).value();
        QCOMPARE(m_expected.size(), nastySubjects().size());
    }
    void cleanup()
    {
        m_queue.reset();
        m_journal.reset();
        m_dir.reset();
    }

    // Issue 19 part 6: exports hold subjects, bodies and snapshots, so they are owner-only like the journal,
    // whatever the umask and whatever mode a file they replace had.
    void exportsAreOwnerOnly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("replacesWorldReadable");

        QTest::newRow("a new queue export (XML) is mode 0600") << QStringLiteral("queue.xml") << false;
        QTest::newRow("a new queue export (CSV) is mode 0600") << QStringLiteral("queue.csv") << false;
        QTest::newRow("a queue export replacing a 0644 file is mode 0600")
            << QStringLiteral("queue.json") << true;
        QTest::newRow("a new log export (CSV) is mode 0600") << QStringLiteral("log.csv") << false;
        QTest::newRow("a log export replacing a 0644 file is mode 0600")
            << QStringLiteral("log.json") << true;
    }

    void exportsAreOwnerOnly()
    {
        QFETCH(QString, name);
        QFETCH(bool, replacesWorldReadable);
        const QString path = m_dir->filePath(name);
        if (replacesWorldReadable) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old export\n");
            f.close();
            QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        }
        const mode_t previous = ::umask(022);
        TransactionLog log(*m_journal, *m_clock);
        const auto rows = name.startsWith(QLatin1String("log"))
                              ? log.exportTo(path, {})
                              : QueueExport::exportTo(*m_queue, path, {}, m_clock->nowUtc());
        ::umask(previous);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
        QCOMPARE(modeOf(path), QStringLiteral("600"));
        QVERIFY(readAll(path) != "old export\n");
    }

    void exportsNeverReplaceWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("a queue export to a FIFO is refused, the FIFO kept")
            << QStringLiteral("fifo") << QStringLiteral("pipe.xml");
        QTest::newRow("a log export to a FIFO is refused, the FIFO kept")
            << QStringLiteral("fifo") << QStringLiteral("log-pipe.csv");
        QTest::newRow("a queue export to a folder is refused")
            << QStringLiteral("folder") << QStringLiteral("folder.json");
    }

    void exportsNeverReplaceWhatIsNotARegularFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        const QString path = m_dir->filePath(name);
        if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
        else
            QVERIFY(QDir(m_dir->path()).mkdir(name));
        TransactionLog log(*m_journal, *m_clock);
        const auto rows = name.startsWith(QLatin1String("log"))
                              ? log.exportTo(path, {})
                              : QueueExport::exportTo(*m_queue, path, {}, m_clock->nowUtc());
        QVERIFY(!rows.ok());
        QVERIFY2(rows.error().message.contains(path), qPrintable(rows.error().message));
        QVERIFY2(rows.error().message.contains(QLatin1String("not a regular file")),
                 qPrintable(rows.error().message));
        struct stat st {};
        QCOMPARE(::lstat(QFile::encodeName(path).constData(), &st), 0);
        QVERIFY(kind == QLatin1String("fifo") ? S_ISFIFO(st.st_mode) : S_ISDIR(st.st_mode));
        // No temporary file is left beside it.
        QStringList others =
            QDir(m_dir->path())
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        others.removeAll(name);
        others.removeIf([](const QString &e) { return e.startsWith(QLatin1String("journal.sqlite")); });
        QCOMPARE(others, QStringList());
    }

    void theFormatFollowsTheExtension()
    {
        QCOMPARE(QueueExport::formatForPath(QStringLiteral("/tmp/a.XML")).value(), QueueExport::Format::Xml);
        QCOMPARE(QueueExport::formatForPath(QStringLiteral("a.json")).value(), QueueExport::Format::Json);
        QCOMPARE(QueueExport::formatForPath(QStringLiteral("a.csv")).value(), QueueExport::Format::Csv);
        const auto bad = QueueExport::formatForPath(QStringLiteral("a.txt"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::Invalid);
        QVERIFY(bad.error().message.contains(QStringLiteral(".xml")));
        // Nothing is written for a bad name or an unwritable place.
        QVERIFY(
            !QueueExport::exportTo(*m_queue, m_dir->filePath(QStringLiteral("x.txt")), {}, m_clock->nowUtc())
                 .ok());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.txt"))));
        const auto unwritable =
            QueueExport::exportTo(*m_queue, QStringLiteral("/proc/no/such/dir/x.xml"), {}, m_clock->nowUtc());
        QVERIFY(!unwritable.ok());
        QCOMPARE(unwritable.error().kind, ErrorKind::Storage);
    }

    void xmlParsesBackWithEveryField()
    {
        const QString path = m_dir->filePath(QStringLiteral("failed.xml"));
        QCOMPARE(QueueExport::exportTo(*m_queue, path, {}, m_clock->nowUtc()).value(),
                 qint64(m_expected.size()));
        QXmlStreamReader xml(readAll(path));
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QLatin1String("EventData"));
        int index = 0;
        while (xml.readNextStartElement()) {
            QCOMPARE(xml.name(), QLatin1String("FailedMessage"));
            QVERIFY(index < m_expected.size());
            const FailedMessage &m = m_expected.at(index++);
            QCOMPARE(xml.attributes().value(QLatin1String("id")).toLongLong(), m.id);
            QCOMPARE(xml.attributes().value(QLatin1String("state")).toString(), stateName(m.state));
            QCOMPARE(xml.attributes().value(QLatin1String("direction")).toString(),
                     directionName(m.direction));
            QCOMPARE(xml.attributes().value(QLatin1String("attempts")).toInt(), m.attempts);
            QHash<QString, QString> text;
            QJsonObject snapshot;
            int events = 0;
            QString errorKind;
            while (xml.readNextStartElement()) {
                const QString name = xml.name().toString();
                if (name == QLatin1String("Snapshot")) {
                    QCOMPARE(xml.attributes().value(QLatin1String("format")), QLatin1String("json"));
                    QJsonParseError error;
                    snapshot = QJsonDocument::fromJson(xml.readElementText().toUtf8(), &error).object();
                    QCOMPARE(error.error, QJsonParseError::NoError);
                } else if (name == QLatin1String("History")) {
                    while (xml.readNextStartElement()) {
                        QCOMPARE(xml.attributes().value(QLatin1String("event")).toString(),
                                 enumName(m.history.at(events).event));
                        ++events;
                        xml.skipCurrentElement();
                    }
                } else if (name == QLatin1String("Error")) {
                    errorKind = xml.attributes().value(QLatin1String("kind")).toString();
                    text.insert(name, xml.readElementText());
                } else {
                    text.insert(name, xml.readElementText());
                }
            }
            // Control characters cannot appear in XML 1.0: they come back as U+FFFD, everything else exactly.
            QString subject = m.subject;
            for (QChar &c : subject) {
                if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') &&
                    c != QLatin1Char('\t'))
                    c = QChar(0xFFFD);
            }
            // XML normalizes CR LF to LF when reading.
            subject.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            QCOMPARE(text.value(QStringLiteral("Subject")), subject);
            QCOMPARE(text.value(QStringLiteral("Mailbox")), m.mailbox);
            QCOMPARE(text.value(QStringLiteral("Error")), m.errorMessage);
            QCOMPARE(errorKind, enumName(m.errorKind));
            QCOMPARE(text.value(QStringLiteral("Note")), m.note);
            QCOMPARE(snapshot, m.snapshot);
            QCOMPARE(events, m.history.size());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(index, m_expected.size());
    }

    void jsonParsesBackToTheSameRecords()
    {
        const QString path = m_dir->filePath(QStringLiteral("failed.json"));
        QCOMPARE(QueueExport::exportTo(*m_queue, path, {}, m_clock->nowUtc()).value(),
                 qint64(m_expected.size()));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(readAll(path), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("kind")).toString(), QStringLiteral("failed-messages"));
        const QJsonArray rows = root.value(QStringLiteral("failedMessages")).toArray();
        QCOMPARE(rows.size(), m_expected.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).toObject(), QueueExport::toJson(m_expected.at(i)));
            QCOMPARE(rows.at(i).toObject().value(QStringLiteral("subject")).toString(),
                     m_expected.at(i).subject);
            QCOMPARE(rows.at(i).toObject().value(QStringLiteral("history")).toArray().size(),
                     m_expected.at(i).history.size());
        }
    }

    void csvParsesBackFieldByField()
    {
        const QString path = m_dir->filePath(QStringLiteral("failed.csv"));
        QCOMPARE(QueueExport::exportTo(*m_queue, path, {}, m_clock->nowUtc()).value(),
                 qint64(m_expected.size()));
        QString error;
        const QList<QStringList> rows = parseCsv(readAll(path), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), m_expected.size() + 1);
        QCOMPARE(rows.first(), QueueExport::csvColumns());
        const int subjectColumn = int(QueueExport::csvColumns().indexOf(QStringLiteral("subject")));
        const int snapshotColumn = int(QueueExport::csvColumns().indexOf(QStringLiteral("snapshot")));
        for (int i = 0; i < m_expected.size(); ++i) {
            const QStringList &row = rows.at(i + 1);
            QCOMPARE(row.size(), QueueExport::csvColumns().size());
            QCOMPARE(row, QueueExport::csvFields(m_expected.at(i)));
            QCOMPARE(row.at(subjectColumn), m_expected.at(i).subject);
            QCOMPARE(QJsonDocument::fromJson(row.at(snapshotColumn).toUtf8()).object(),
                     m_expected.at(i).snapshot);
        }
    }

    // The three formats write the names the journal stores (error kinds and history events), whatever the
    // enums are called in code: a file exported by an earlier version compares with a new one.
    void theExportsWriteTheStoredNames()
    {
        using Names = QSet<QString>;
        const Names kinds{QStringLiteral("invalid"), QStringLiteral("network"), QStringLiteral("throttled")};
        const Names events{QStringLiteral("failed"), QStringLiteral("retrying"), QStringLiteral("discarded")};

        const QString jsonPath = m_dir->filePath(QStringLiteral("failed.json"));
        QVERIFY(QueueExport::exportTo(*m_queue, jsonPath, {}, m_clock->nowUtc()).ok());
        Names jsonKinds, jsonEvents, jsonEventKinds;
        for (const QJsonValue &row : QJsonDocument::fromJson(readAll(jsonPath))
                                         .object()
                                         .value(QStringLiteral("failedMessages"))
                                         .toArray()) {
            jsonKinds << row.toObject().value(QStringLiteral("errorKind")).toString();
            for (const QJsonValue &e : row.toObject().value(QStringLiteral("history")).toArray()) {
                jsonEvents << e.toObject().value(QStringLiteral("event")).toString();
                if (e.toObject().contains(QStringLiteral("errorKind")))
                    jsonEventKinds << e.toObject().value(QStringLiteral("errorKind")).toString();
            }
        }
        QCOMPARE(jsonKinds, kinds);
        QCOMPARE(jsonEvents, events);
        QCOMPARE(jsonEventKinds, kinds);

        const QString csvPath = m_dir->filePath(QStringLiteral("failed.csv"));
        QVERIFY(QueueExport::exportTo(*m_queue, csvPath, {}, m_clock->nowUtc()).ok());
        QString error;
        const QList<QStringList> rows = parseCsv(readAll(csvPath), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const int kindColumn = int(QueueExport::csvColumns().indexOf(QStringLiteral("error_kind")));
        QVERIFY(kindColumn >= 0);
        Names csvKinds;
        for (int i = 1; i < rows.size(); ++i)
            csvKinds << rows.at(i).at(kindColumn);
        QCOMPARE(csvKinds, kinds);

        const QString xmlPath = m_dir->filePath(QStringLiteral("failed.xml"));
        QVERIFY(QueueExport::exportTo(*m_queue, xmlPath, {}, m_clock->nowUtc()).ok());
        QXmlStreamReader xml(readAll(xmlPath));
        Names xmlKinds, xmlEvents, xmlEventKinds;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("Error")) {
                xmlKinds << xml.attributes().value(QLatin1String("kind")).toString();
            } else if (xml.name() == QLatin1String("Event")) {
                xmlEvents << xml.attributes().value(QLatin1String("event")).toString();
                if (xml.attributes().hasAttribute(QLatin1String("kind")))
                    xmlEventKinds << xml.attributes().value(QLatin1String("kind")).toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(xmlKinds, kinds);
        QCOMPARE(xmlEvents, events);
        QCOMPARE(xmlEventKinds, kinds);
    }

    void aFilterLimitsTheExport()
    {
        MessageFilter discarded;
        discarded.states = {MessageState::Discarded};
        const QString path = m_dir->filePath(QStringLiteral("discarded.json"));
        QCOMPARE(QueueExport::exportTo(*m_queue, path, discarded, m_clock->nowUtc()).value(), qint64(1));
        const QJsonArray rows =
            QJsonDocument::fromJson(readAll(path)).object().value(QStringLiteral("failedMessages")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("a test, with a comma"));
    }

    void anEmptyQueueExportsAValidEmptyFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("xml") << QStringLiteral("empty.xml");
        QTest::newRow("json") << QStringLiteral("empty.json");
        QTest::newRow("csv") << QStringLiteral("empty.csv");
    }
    void anEmptyQueueExportsAValidEmptyFile()
    {
        QFETCH(QString, name);
        MessageFilter none;
        none.user = QStringLiteral("nobody@contoso.com");
        const QString path = m_dir->filePath(name);
        QCOMPARE(QueueExport::exportTo(*m_queue, path, none, m_clock->nowUtc()).value(), qint64(0));
        const QByteArray data = readAll(path);
        if (name.endsWith(QLatin1String(".xml"))) {
            QXmlStreamReader xml(data);
            QVERIFY(xml.readNextStartElement());
            QVERIFY(!xml.readNextStartElement());
            QVERIFY(!xml.hasError());
        } else if (name.endsWith(QLatin1String(".json"))) {
            QJsonParseError error;
            QCOMPARE(QJsonDocument::fromJson(data, &error)
                         .object()
                         .value(QStringLiteral("failedMessages"))
                         .toArray()
                         .size(),
                     0);
            QCOMPARE(error.error, QJsonParseError::NoError);
        } else {
            QString error;
            QCOMPARE(parseCsv(data, &error).size(), 1);
            QVERIFY(error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestQueueExport)
#include "tst_queue_export.moc"
