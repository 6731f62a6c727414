import type { jaOffline } from "../ja/offline";

export const enOffline: typeof jaOffline = {
  outbox: {
    indicator: "Not sent: {{count}}",
    indicatorProblem: "Not sent: {{count}} ({{problems}} to check)",
    announceWaiting: "{{count}} item(s) not sent yet.",
    announceEmpty: "Everything waiting has been sent.",
    queued: "Not sent yet — it will be sent when the connection returns.",
    openOutbox: "See what is not sent",
    title: "Not sent yet",
    intro:
      "Records saved while there was no connection. They are kept on this device only and sent automatically, in the order saved, when the connection returns.",
    deviceNote:
      "They may contain health information, so signing out erases them from this device. Do not sign out before they are sent.",
    offlineNow: "You are offline now. They will be sent when the connection returns.",
    empty: "Nothing is waiting to be sent.",
    listHeading: "Waiting and to check",
    kinds: {
      "meeting.create": "Meeting log",
      "timeline.createNote": "Timeline note",
      "timeline.updateNote": "Note correction",
      "task.setStatus": "Task status change",
    },
    states: {
      waiting: "Waiting",
      failed: "Could not be sent",
      conflict: "Conflict — someone else changed it first",
    },
    savedAt: "Saved: {{time}}",
    serverMessage: "The server said: {{message}}",
    sendNow: "Send now",
    sending: "Sending…",
    retry: "Send again: {{title}}",
    discard: "Discard: {{title}}",
    discardAction: "Discard",
    discardConfirm: "Discard “{{title}}”? What was not sent cannot be recovered.",
    discarded: "Discarded “{{title}}”.",
    sentAll: "Sent.",
    signOutTitle: "Records not sent yet",
    signOutBody:
      "{{count}} record(s) have not been sent. Signing out erases them from this device and they will not be sent. Send them where there is a connection first, or check them in the list.",
    signOutConfirm: "Erase and sign out",
    taskStatus: "{{count}} task(s) to “{{status}}”",
  },
};
