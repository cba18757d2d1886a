// The SMTP double's ceiling for the outbox benchmark (benchmarks/messages/outbox.sh):
// a client that only sends. The same libcurl transport the daemon uses
// (mail/MailTransport) sends `count` copies of the composed Arabic abandoned-cart email
// over `connections` kept connections, with nothing else to do: no database, no
// templates, no jobs. Prints one JSON line: {"sent": N, "failed": F, "seconds": S, "per_second": R}.
// Usage: nomo-bench-mail-ceiling PORT CA_FILE USER PASSWORD COUNT CONNECTIONS
#include "mail/MailTransport.h"
#include "messages/DefaultTemplates.h"
#include "messages/MessageComposer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace nomo;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: %s PORT CA_FILE USER PASSWORD COUNT CONNECTIONS\n", argv[0]);
        return 2;
    }
    MailTransport::Server server;
    server.host = u"127.0.0.1"_s;
    server.port = quint16(args.at(1).toUInt());
    server.caFile = args.at(2);
    server.username = args.at(3);
    server.password = args.at(4);
    server.connections = args.at(6).toInt();
    const int count = args.at(5).toInt();
    MailTransport transport(server);

    const auto composed = MessageComposer::compose(defaultTemplate(u"abandoned_cart"_s, u"email"_s, u"ar"_s),
                                                   templates::MessageContext::example(u"ar"_s));
    if (!composed)
        return 1;
    int answered = 0, failed = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        MailMessage mail;
        mail.fromAddress = u"messages@nomo.bench"_s;
        mail.fromName = u"عطور نورة"_s;
        mail.to = u"shopper%1@example.com"_s.arg(i);
        mail.subject = composed->subject;
        mail.text = composed->text;
        mail.html = composed->html;
        mail.listUnsubscribe = u"https://nomo.bench/u/AAAAAAAAAAAAAAAAAAAAAA"_s;
        transport.send(mail, [&](const MailTransport::Result &result) {
            if (!result.sent())
                ++failed;
            if (++answered == count)
                app.quit();
        });
    }
    app.exec();
    const double seconds = double(timer.elapsed()) / 1000.0;
    const QJsonObject line{{u"sent"_s, count - failed}, {u"failed"_s, failed}, {u"seconds"_s, seconds},
                           {u"per_second"_s, seconds > 0 ? (count - failed) / seconds : 0.0}};
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    return failed ? 1 : 0;
}
