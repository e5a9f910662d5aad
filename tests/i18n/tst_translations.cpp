// The translations are complete and in step with the sources (issue 17): lupdate, run on the sources with the
// build's own lupdate project (the same include paths, hence the same contexts), into a temporary copy of
// each .ts changes nothing (no new message, none vanished); no message is unfinished, obsolete or empty;
// every translation keeps its source's placeholders (%1..%99, %L1, %n in every numerus form), accelerator,
// HTML tags and closing colon, ellipsis or line break; lrelease compiles each file without a warning or an
// ignored text.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QString type; // the <translation type="…">: empty when finished
    bool numerus = false;
    QStringList forms; // one entry, or the numerus forms
    int line = 0;      // in the .ts file

    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString where() const
    {
        return QStringLiteral("[%1] \"%2\"")
            .arg(context, source.left(70).replace(QLatin1Char('\n'), QStringLiteral("\\n")));
    }
};

struct TsFile {
    QString language;
    QList<Message> messages;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot read %1").arg(path)), __FILE__, __LINE__);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            message.line = int(xml.lineNumber());
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.forms = {xml.readElementText()};
                ts.messages.append(message);
            } else {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
                ts.messages.append(message);
            }
        }
    }
    if (xml.hasError())
        QTest::qFail(
            qPrintable(
                QStringLiteral("%1 line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString())),
            __FILE__, __LINE__);
    return ts;
}

QString run(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForFinished(60000)) {
        *exitCode = -1;
        return QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

// %1..%99, %L1.. and %v/%m/%p as a sorted list (a placeholder used twice counts twice).
QStringList placeholders(const QString &text)
{
    // %v and %m are QProgressBar's value and maximum.
    static const QRegularExpression re(QStringLiteral("%L?[1-9][0-9]?|%[vmp](?![A-Za-z])"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

QStringList htmlTags(const QString &text)
{
    // Rich-text tags only: "<Primary Exchange Server>" in a placeholder text is not one.
    static const QRegularExpression re(
        QStringLiteral(
            "</?(a|b|i|u|s|p|br|hr|em|strong|code|tt|pre|small|big|sub|sup|span|div|font|img|ul|ol|li|"
            "dl|dt|dd|table|tr|td|th|h[1-6]|html|head|body|qt|nobr)(?=[\\s/>])[^<>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1).toLower());
    found.sort();
    return found;
}

// An accelerator: '&' before a letter or digit ("&&" is a literal ampersand).
bool hasAccelerator(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&[\\p{L}\\p{N}]"));
    return re.match(t).hasMatch();
}

QStringList problemsOf(const Message &m)
{
    QStringList problems;
    for (int i = 0; i < m.forms.size(); ++i) {
        const QString &t = m.forms.at(i);
        const QString form = m.numerus ? QStringLiteral(" (form %1)").arg(i + 1) : QString();
        if (placeholders(t) != placeholders(m.source))
            problems << QStringLiteral("placeholders %1 in the source, %2 in the translation%3")
                            .arg(placeholders(m.source).join(u' '), placeholders(t).join(u' '), form);
        if (m.source.contains(QStringLiteral("%n")) != t.contains(QStringLiteral("%n")))
            problems << QStringLiteral("%n in the source and not in the translation, or the other way%1")
                            .arg(form);
        if (htmlTags(t) != htmlTags(m.source))
            problems << QStringLiteral("HTML tags differ%1").arg(form);
        if (hasAccelerator(m.source) != hasAccelerator(t))
            problems << QStringLiteral("the accelerator (&) is missing or added%1").arg(form);
        for (const QString &end : {QStringLiteral(":"), QStringLiteral("…"), QStringLiteral("\n")}) {
            if (m.source.endsWith(end) != t.endsWith(end))
                problems << QStringLiteral("the source %1 with '%2' and the translation %3%4")
                                .arg(m.source.endsWith(end) ? QStringLiteral("ends")
                                                            : QStringLiteral("does not end"),
                                     QString(end).replace(QLatin1Char('\n'), QStringLiteral("\\n")),
                                     t.endsWith(end) ? QStringLiteral("does") : QStringLiteral("does not"),
                                     form);
        }
        if (m.source.startsWith(QLatin1Char('\n')) != t.startsWith(QLatin1Char('\n')))
            problems << QStringLiteral("a leading line break is missing or added%1").arg(form);
    }
    return problems;
}

QStringList tsFiles()
{
    return QStringLiteral(CXSYNC_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project; // the lupdate project (JSON) generated from the build's

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(tsFiles().size() >= 3, CXSYNC_TS_FILES);
        // The build writes the project's CMake form at generate time; GenerateLUpdateProject turns it into
        // the JSON lupdate reads, as the update_translations target does.
        QVERIFY2(QFile::exists(QStringLiteral(CXSYNC_LUPDATE_PROJECT)), CXSYNC_LUPDATE_PROJECT);
        m_project = m_dir.filePath(QStringLiteral("project.json"));
        int code = 0;
        const QString out = run(QStringLiteral(CXSYNC_CMAKE),
                                {QStringLiteral("-DIN_FILE=" CXSYNC_LUPDATE_PROJECT),
                                 QStringLiteral("-DOUT_FILE=") + m_project, QStringLiteral("-P"),
                                 QStringLiteral(CXSYNC_LUPDATE_PROJECT_SCRIPT)},
                                &code);
        QVERIFY2(code == 0 && QFile::exists(m_project), qPrintable(out));
    }

    void inStepWithSources_data()
    {
        QTest::addColumn<QString>("ts");
        for (const QString &ts : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }

    // Every tr() string of the sources is in the file, and the file holds nothing the sources lost.
    void inStepWithSources()
    {
        QFETCH(QString, ts);
        const QString copy = m_dir.filePath(QFileInfo(ts).fileName());
        QFile::remove(copy);
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        int code = 0;
        const QString out =
            run(QStringLiteral(CXSYNC_LUPDATE),
                {QStringLiteral("-project"), m_project, QStringLiteral("-no-obsolete"),
                 QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), copy},
                &code);
        QVERIFY2(code == 0, qPrintable(out));
        const TsFile before = readTs(ts);
        const TsFile after = readTs(copy);
        std::map<QString, const Message *> known;
        for (const Message &m : before.messages)
            known[m.key()] = &m;
        QStringList added;
        for (const Message &m : after.messages) {
            if (known.erase(m.key()) == 0)
                added << m.where();
        }
        QStringList vanished;
        for (const auto &[key, m] : known)
            vanished << m->where();
        QStringList report;
        if (!added.isEmpty())
            report << QStringLiteral(
                          "%1 tr() string(s) of the sources are not in %2 (run the update_translations "
                          "target and translate them):\n  %3")
                          .arg(added.size())
                          .arg(QFileInfo(ts).fileName(), added.join(QStringLiteral("\n  ")));
        if (!vanished.isEmpty())
            report << QStringLiteral("%1 message(s) of %2 are in no source any more:\n  %3")
                          .arg(vanished.size())
                          .arg(QFileInfo(ts).fileName(), vanished.join(QStringLiteral("\n  ")));
        if (!report.isEmpty())
            qInfo().noquote() << report.join(u'\n'); // in full: QVERIFY2 cuts long messages
        QVERIFY2(report.isEmpty(), qPrintable(report.join(u'\n')));
    }

    void complete_data() { inStepWithSources_data(); }

    // No message unfinished, obsolete, vanished or empty; placeholders, accelerators, tags and endings kept.
    void complete()
    {
        QFETCH(QString, ts);
        const TsFile file = readTs(ts);
        QVERIFY2(!file.language.isEmpty(), "the <TS> element names no language");
        QVERIFY(!file.messages.isEmpty());
        // German, French and Spanish have two plural forms in Qt's numerus rules.
        const int numerusForms = 2;
        QStringList report;
        for (const Message &m : file.messages) {
            const QString at = QStringLiteral("line %1 %2: ").arg(m.line).arg(m.where());
            if (!m.type.isEmpty()) {
                report << at + QStringLiteral("type=\"%1\"").arg(m.type);
                continue;
            }
            if (m.numerus && m.forms.size() != numerusForms) {
                report << at + QStringLiteral("%1 numerus forms, %2 expected")
                                   .arg(m.forms.size())
                                   .arg(numerusForms);
                continue;
            }
            bool empty = false;
            for (const QString &form : m.forms)
                empty = empty || form.trimmed().isEmpty();
            if (empty) {
                report << at + QStringLiteral("empty translation");
                continue;
            }
            for (const QString &problem : problemsOf(m))
                report << at + problem;
        }
        if (!report.isEmpty())
            qInfo().noquote() << report.join(u'\n');
        QVERIFY2(report.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in %2:\n").arg(report.size()).arg(ts) +
                            report.join(u'\n')));
    }

    void compiles_data() { inStepWithSources_data(); }

    // lrelease finishes every message and warns about nothing.
    void compiles()
    {
        QFETCH(QString, ts);
        int code = 0;
        const QString out =
            run(QStringLiteral(CXSYNC_LRELEASE),
                {ts, QStringLiteral("-qm"), m_dir.filePath(QStringLiteral("check.qm"))}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        static const QRegularExpression summary(QStringLiteral(
            "Generated (\\d+) translation\\(s\\) \\((\\d+) finished and (\\d+) unfinished\\)"));
        const auto m = summary.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        QVERIFY2(m.captured(3) == QLatin1String("0"), qPrintable(out));
        QStringList other = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        other.removeIf([](const QString &line) {
            return line.startsWith(QLatin1String("Updating ")) || line.contains(summary);
        });
        QVERIFY2(other.isEmpty(), qPrintable(QStringLiteral("lrelease says:\n") + other.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
