// The CLI follows the locale (issue 17): with LANG=fr_FR.UTF-8 or es_ES.UTF-8, `cxsync help` and error
// messages are French or Spanish; with LANG=C, English. Machine output (--json, exit codes, command and
// option names) is the same in every language: a --json run stays English throughout.

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cxsync(const QString &lang, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Only LANG decides here: LANGUAGE, LC_ALL and LC_MESSAGES would win over it.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "CXSYNC_CONFIG"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CXSYNC_CLI_PATH), args);
    Run run;
    if (!process.waitForFinished(30000)) {
        run.err = process.errorString();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The descriptions in `cxsync help`: the text after a synopsis column (two or more spaces), and continuation
// lines, i.e. what a translation must change.
QStringList descriptions(const QString &help)
{
    static const QRegularExpression column(QStringLiteral("^ +\\S.*?\\s{2,}(\\S.*)$|^\\s{10,}(\\S.*)$"));
    QStringList found;
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        const auto m = column.match(line);
        if (!m.hasMatch())
            continue;
        const QString text = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        // Option lists ("[--config FILE]") and lists of option values ("resolved, discarded)") are the same in
        // every language: a description has three words or more.
        if (!text.startsWith(QLatin1Char('[')) && text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 3)
            found << text.trimmed();
    }
    return found;
}

} // namespace

class TstCliLocale : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void help_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("usage"); // the translation of "Usage: cxsync …" / "Commands:"
        // French puts a no-break space before the colon.
        QTest::newRow("fr") << QStringLiteral("fr_FR.UTF-8") << QString::fromUtf8("Commandes\u00a0:");
        QTest::newRow("es") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("Comandos:");
    }

    void help()
    {
        QFETCH(QString, lang);
        QFETCH(QString, usage);
        const Run english = cxsync(QStringLiteral("C"), {QStringLiteral("help")});
        QCOMPARE(english.code, 0);
        QVERIFY2(english.out.contains(QStringLiteral("Commands:")), qPrintable(english.out));
        const Run translated = cxsync(lang, {QStringLiteral("help")});
        QCOMPARE(translated.code, 0);
        QVERIFY2(translated.out.contains(usage), qPrintable(translated.out));
        // Every description is translated: none of the English ones is left.
        const QStringList englishTexts = descriptions(english.out);
        QVERIFY2(englishTexts.size() > 30, qPrintable(englishTexts.join(u'\n')));
        QStringList left;
        for (const QString &text : englishTexts) {
            if (translated.out.contains(text))
                left << text;
        }
        QVERIFY2(left.isEmpty(),
                 qPrintable(QStringLiteral("untranslated in %1:\n").arg(lang) + left.join(u'\n')));
        // Command names are not translated.
        for (const QString &command : {QStringLiteral("config show"), QStringLiteral("test-connection"),
                                       QStringLiteral("queue retry ID | --all"), QStringLiteral("log prune")})
            QVERIFY2(translated.out.contains(command), qPrintable(command));
    }

    void commandHelp_data() { help_data(); }

    // One command's help: options keep their names, their descriptions are translated.
    void commandHelp()
    {
        QFETCH(QString, lang);
        const QStringList args{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--help")};
        const Run english = cxsync(QStringLiteral("C"), args);
        const Run translated = cxsync(lang, args);
        QCOMPARE(english.code, 0);
        QCOMPARE(translated.code, 0);
        for (const QString &option : {QStringLiteral("--state"), QStringLiteral("--since"),
                                      QStringLiteral("--limit"), QStringLiteral("--json")})
            QVERIFY2(translated.out.contains(option), qPrintable(translated.out));
        QVERIFY(!translated.out.contains(QStringLiteral("Machine-readable output (JSON).")));
        QVERIFY(!translated.out.contains(QStringLiteral("Global options:")));
    }

    void errors_data() { help_data(); }

    // An error message is translated; the exit code is the same.
    void errors()
    {
        QFETCH(QString, lang);
        const QStringList args{QStringLiteral("frobnicate")};
        const Run english = cxsync(QStringLiteral("C"), args);
        const Run translated = cxsync(lang, args);
        QCOMPARE(english.code, 2);
        QCOMPARE(translated.code, english.code);
        QVERIFY2(english.err.contains(QStringLiteral("unknown command 'frobnicate'")),
                 qPrintable(english.err));
        QVERIFY2(translated.err.contains(QStringLiteral("frobnicate")), qPrintable(translated.err));
        QVERIFY2(!translated.err.contains(QStringLiteral("unknown command")), qPrintable(translated.err));
    }

    void machineOutput_data() { help_data(); }

    // --json is the same whatever the language.
    void machineOutput()
    {
        QFETCH(QString, lang);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString profile = dir.filePath(QStringLiteral("profile.ini"));
        QVERIFY(QFile::copy(QStringLiteral(CXSYNC_SAMPLE_PROFILE), profile));
        QFile::setPermissions(profile, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList args{QStringLiteral("--config"), profile, QStringLiteral("config"),
                               QStringLiteral("show"), QStringLiteral("--json")};
        const Run english = cxsync(QStringLiteral("C"), args);
        const Run translated = cxsync(lang, args);
        QVERIFY2(english.code == 0, qPrintable(english.err));
        QCOMPARE(translated.code, english.code);
        QVERIFY(english.out.contains(QStringLiteral("\"settings\"")));
        QCOMPARE(translated.out, english.out);

        // A --json run stays English throughout, its error messages included; without --json the same error
        // is translated.
        const QStringList folderAsConfig{QStringLiteral("--config"), dir.path(), QStringLiteral("config"),
                                         QStringLiteral("show")};
        const Run plain = cxsync(lang, folderAsConfig);
        const Run json = cxsync(lang, folderAsConfig + QStringList{QStringLiteral("--json")});
        const Run englishJson =
            cxsync(QStringLiteral("C"), folderAsConfig + QStringList{QStringLiteral("--json")});
        QCOMPARE(plain.code, 2);
        QCOMPARE(json.code, 2);
        QVERIFY2(englishJson.err.contains(QStringLiteral("is a folder, not a settings file")),
                 qPrintable(englishJson.err));
        QCOMPARE(json.err, englishJson.err);
        QVERIFY2(!plain.err.contains(QStringLiteral("is a folder")), qPrintable(plain.err));
        QVERIFY2(plain.err.contains(dir.path()), qPrintable(plain.err));
    }
};

QTEST_GUILESS_MAIN(TstCliLocale)
#include "tst_cli_locale.moc"
