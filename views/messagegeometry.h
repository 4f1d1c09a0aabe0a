#pragma once

#include <QList>
#include <QRect>
#include <QString>

// Where each part of one transcript row goes, in view coordinates. Computed the same way for
// sizeHint(), paint() and hit-testing, so what is drawn is what can be clicked.
struct MessageGeometry
{
    enum class Button {
        None,
        Copy,
        Regenerate,
        Edit,
        Previous,
        Next,
        Retry,
        Thinking,
        CopyCode,
        Continue,
        Attachment,
        Document, // a document's row under the tiles: shows or hides its text
    };

    struct ButtonArea
    {
        Button button = Button::None;
        QRect rect;
        QString label;
        int codeBlock = -1; // CopyCode: the code block; Attachment, Document: the file's index in the message
    };

    QRect row;
    QRect marker; // "Context starts here" band; empty when not shown
    QRect header; // who, when, state
    QRect bubble; // background box of the message
    QRect thinking; // the "Thinking…" toggle line; empty without reasoning
    QRect reasoning; // expanded thinking text; empty when collapsed
    QRect body; // the message text (or the inline editor)
    QRect error; // error box of a failed reply
    QRect attachments; // the files' tiles and document rows (AttachmentTiles); empty without files
    QRect notice; // "cut off at the length limit" / "the server dropped part of the history"
    QRect footer; // actions and token counts
    QString siblingLabel; // "2/3"
    QRect siblingRect;
    QList<ButtonArea> buttons; // only those shown in the current state

    const ButtonArea *buttonAt(const QPoint &pos) const
    {
        for (const ButtonArea &area : buttons) {
            if (area.rect.contains(pos))
                return &area;
        }
        return nullptr;
    }
};
