#include "app/BroadcastFlow.h"

#include "api/ApiClient.h"
#include "api/ApiResponse.h"
#include "cache/FeatureStore.h"
#include "sync/SyncEngine.h"
#include "ui/BroadcastDialog.h"

#include <QJsonArray>
#include <QMessageBox>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace nomo {

BroadcastFlow::BroadcastFlow(const CacheDatabase &cache, ApiClient &api, SyncEngine &engine, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
    , m_engine(engine)
    , m_window(window)
{
}

QString BroadcastFlow::explain(const ApiResponse &response)
{
    if (response.httpStatus == 0)
        return tr("Your Nomo Flow server cannot be reached now, so nothing was scheduled. Try again when you are online.");
    if (response.httpStatus == 401)
        return tr("Sign in again: this computer's sign-in has ended.");
    if (response.httpStatus == 409)
        return tr("It has gone out to everyone already: there is nothing left to cancel.");
    if (response.httpStatus == 422) {
        QStringList words;
        for (const QJsonValue &p : response.body.value(u"error"_s).toObject().value(u"problems"_s).toArray()) {
            const QString field = p.toObject().value(u"field"_s).toString();
            if (field == u"send_at")
                words << tr("The time must be from now to 400 days ahead.");
            else if (field == u"channels")
                words << tr("Choose at least one channel.");
            else if (field == u"coupon_id")
                words << tr("That coupon is not in this store any more.");
            else
                words << tr("The server refused “%1”.").arg(field);
        }
        return words.join(u'\n');
    }
    if (response.httpStatus == 429)
        return tr("Too many requests just now. Try again in a minute.");
    return tr("The server did not take it (%1). Try again.").arg(response.httpStatus);
}

BroadcastDialog *BroadcastFlow::openDialog()
{
    if (m_dialog)
        return m_dialog;
    const QJsonObject settings = FeatureStore(m_cache).effective(u"notifications"_s).settings;
    auto *dialog = new BroadcastDialog(int(settings.value(u"quiet_hours_start"_s).toInteger(23)),
                                       int(settings.value(u"quiet_hours_end"_s).toInteger(9)), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // One key per dialog: pressing Schedule again after a lost answer schedules nothing twice.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    connect(dialog, &BroadcastDialog::submitted, this, [this, dialog, key] {
        dialog->setBusy(true);
        m_api.sendMutation("POST", u"/api/v1/broadcasts"_s, dialog->draft().request(), std::nullopt, key, dialog,
                           [this, dialog](const ApiResponse &response) {
                               dialog->setBusy(false);
                               if (response.ok()) {
                                   m_engine.syncNow();
                                   dialog->accept();
                                   Q_EMIT notice(tr("The broadcast is scheduled."));
                                   return;
                               }
                               dialog->showAnswer(explain(response));
                           });
    });
    return dialog;
}

void BroadcastFlow::cancel(qint64 id)
{
    const auto asked = QMessageBox::question(m_window, tr("Cancel the broadcast?"),
                                             tr("Nothing more of it will be sent. Messages already sent stay sent."),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (asked != QMessageBox::Yes)
        return;
    m_api.sendMutation("POST", u"/api/v1/broadcasts/%1/cancel"_s.arg(id), QJsonObject(), std::nullopt,
                       QUuid::createUuid().toString(QUuid::WithoutBraces), this, [this](const ApiResponse &response) {
                           Q_EMIT notice(response.ok() ? tr("The broadcast is cancelled.") : explain(response));
                           m_engine.syncNow();
                       });
}

} // namespace nomo
