// Limits the widget's forms put on an answer beyond what the rules file says. Plain data, no UI: the ages
// question (widget/shared/questions/ages-question.tsx) offers at most this many children, and the #vw= link
// decoder (widget/links/handoff-link.ts) refuses more, so a link is no way around the form. Importing it does
// not pull the question components into the link code.

/** The most children the ages question asks an age for. */
export const MAX_CHILDREN = 15;
