#include "views/queuedmessagebar.h"

#include "models/chatcontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace {
constexpr int PreviewChars = 60;
}

QueuedMessageBar::QueuedMessageBar(ChatController *controller, QWidget *parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_label(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit"), this))
{
    setFrameShape(QFrame::StyledPanel);
    m_label->setTextFormat(Qt::PlainText); // the user's own text, never markup
    m_label->setWordWrap(true);
    m_edit->setToolTip(tr("Take the message back into the box; it is not sent"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_edit);
    connect(m_controller, &ChatController::queuedChanged, this, &QueuedMessageBar::update);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!m_controller->hasQueued())
            return;
        QList<Attachment> attachments;
        const QString text = m_controller->takeQueued(&attachments);
        Q_EMIT taken(text, attachments);
    });
    update();
}

void QueuedMessageBar::update()
{
    setVisible(m_controller->hasQueued());
    if (!m_controller->hasQueued())
        return;
    QString preview = m_controller->queuedText().simplified();
    if (preview.size() > PreviewChars)
        preview = preview.left(PreviewChars) + QChar(0x2026);
    m_label->setText(preview.isEmpty()
            ? tr("Waiting for the database server: your message is sent when it can be reached again.")
            : tr("Waiting for the database server: “%1” is sent when it can be reached again.").arg(preview));
}
