// nomo-salla-sim: a loopback Salla for tests and the demo. See README.md § "The Salla simulator".
#include "SallaSimulator.h"
#include "SimWebhooks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"nomo-salla-sim"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A loopback Salla: OAuth, Merchant API, signed webhooks, a living store."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1 (0 = any free port)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Folder for the delivery log."_s, u"dir"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated store (same seed, same store)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption stores(u"stores"_s, u"How many stores (the fixtures' store first)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption rate(u"rate"_s, u"Living store: events per minute (0 = only on request)."_s, u"n"_s, u"0"_s);
    const QCommandLineOption effect(u"effect"_s,
                                    u"Living store: tool:points:holdout, e.g. abandoned_cart:25:5 — shoppers the tool reaches "
                                    "come back for their carts 25 points more often than those its 5% control group holds back."_s,
                                    u"spec"_s);
    const QCommandLineOption webhookUrl(u"webhook-url"_s, u"The app's webhook URL."_s, u"url"_s);
    const QCommandLineOption webhookSecret(u"webhook-secret"_s, u"The app's webhook secret."_s, u"secret"_s,
                                           u"nomo-test-webhook-secret"_s);
    const QCommandLineOption strategy(u"webhook-strategy"_s, u"signature or token."_s, u"name"_s, u"signature"_s);
    const QCommandLineOption retry(u"retry-interval-ms"_s, u"Pause between webhook retries (Salla: ~300000)."_s, u"ms"_s,
                                   u"300000"_s);
    const QCommandLineOption clientId(u"client-id"_s, u"OAuth client id."_s, u"id"_s, u"nomo-sim-client"_s);
    const QCommandLineOption clientSecret(u"client-secret"_s, u"OAuth client secret."_s, u"secret"_s, u"nomo-sim-client-secret"_s);
    const QCommandLineOption autoApprove(u"auto-approve"_s, u"Skip the consent page (the demo)."_s);
    const QCommandLineOption install(u"install"_s, u"Install the app in every store at start (Easy Mode webhooks)."_s);
    parser.addOptions({port, dataDir, seed, stores, rate, effect, webhookUrl, webhookSecret, strategy, retry, clientId, clientSecret,
                       autoApprove, install});
    parser.process(app);

    nomo::sim::SallaSimulator::Options options;
    options.seed = parser.value(seed).toULongLong();
    options.stores = parser.value(stores).toInt();
    options.clientId = parser.value(clientId);
    options.clientSecret = parser.value(clientSecret);
    options.dataDir = parser.value(dataDir);
    options.autoApprove = parser.isSet(autoApprove);
    options.eventsPerMinute = parser.value(rate).toDouble();
    if (parser.isSet(effect)) {
        const QStringList spec = parser.value(effect).split(u':');
        bool pointsOk = false, shareOk = false;
        options.effectTool = spec.value(0);
        options.effectPoints = spec.value(1).toInt(&pointsOk);
        options.holdoutPercent = spec.size() > 2 ? spec.value(2).toInt(&shareOk) : 5;
        if (spec.size() > 2 && !shareOk)
            pointsOk = false;
        if (options.effectTool != u"abandoned_cart" || !pointsOk || options.effectPoints < 0 || options.effectPoints > 90
            || options.holdoutPercent < 0 || options.holdoutPercent > 50) {
            qCritical("--effect: abandoned_cart:<points 0-90>[:<holdout percent 0-50>], e.g. abandoned_cart:25:5");
            return 2;
        }
    }
    if (!options.dataDir.isEmpty())
        QDir().mkpath(options.dataDir);

    nomo::sim::SallaSimulator simulator(options);
    auto &webhooks = simulator.webhooks().settings();
    webhooks.appUrl = QUrl(parser.value(webhookUrl));
    webhooks.secret = parser.value(webhookSecret).toUtf8();
    webhooks.strategy = parser.value(strategy);
    webhooks.retryIntervalMs = parser.value(retry).toInt();

    if (simulator.listen(QHostAddress::LocalHost, static_cast<quint16>(parser.value(port).toUInt())) == 0) {
        std::fprintf(stderr, "nomo-salla-sim: cannot listen on port %s\n", qPrintable(parser.value(port)));
        return 1;
    }
    const QByteArray line = QJsonDocument(simulator.readyLine()).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
