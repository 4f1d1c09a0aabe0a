#include "views/noticebar.h"

#include "views/viewcolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // notices carry server and storage errors
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close notice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NoticeBar::dismiss);
    connect(m_close, &QToolButton::clicked, this, &NoticeBar::dismiss);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        m_timer.stop();
        Q_EMIT actionTriggered();
    });
    hide();
}

void NoticeBar::showNotice(const QString &text, Kind kind, const QString &actionText, int timeoutMs)
{
    if (isVisible())
        dismiss();
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_action->setAccessibleName(actionText);
    QPalette pal = palette();
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    pal.setColor(QPalette::Window,
        kind == Kind::Error ? ViewColors::errorBackground(base) : ViewColors::userBubble(base));
    pal.setColor(QPalette::WindowText,
        kind == Kind::Error ? ViewColors::errorText(base) : base.color(QPalette::WindowText));
    setPalette(pal);
    setAccessibleDescription(text);
    show();
    if (timeoutMs > 0)
        m_timer.start(timeoutMs);
    else
        m_timer.stop();
}

QString NoticeBar::text() const
{
    return m_label->text();
}

void NoticeBar::dismiss()
{
    m_timer.stop();
    hide();
    Q_EMIT dismissed();
}
