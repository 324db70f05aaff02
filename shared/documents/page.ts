/** Millimetres to PDF points (1/72 inch). */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

export const PAGE = {
  width: mm(210),
  height: mm(297),
  /** Left margin leaves room for hole-punching and filing. */
  left: mm(25),
  right: mm(20),
  /** Pages after the first carry a running header above this margin. */
  top: mm(22),
  bottom: mm(20),
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** DIN 5008 letter geometry (form B). */
export const LETTER = {
  /** Address field: 45 mm from the top edge, 85 mm wide, 45 mm high. */
  addressTop: mm(45),
  addressWidth: mm(85),
  /** The return-address line sits at the foot of the 17.7 mm endorsement zone. */
  senderLineTop: mm(45 + 17.7 - 6),
  recipientTop: mm(45 + 17.7),
  /** Information block (contact, date) at 125 mm from the left edge, 50 mm from the top. */
  infoLeft: mm(125),
  infoTop: mm(50),
  infoWidth: mm(65),
  /** Text starts below the address field (ends at 90 mm) with two blank lines. */
  bodyTop: mm(98.5),
  /** Fold marks at 105 and 210 mm, hole-punch mark at 148.5 mm. */
  foldMarks: [mm(105), mm(210)],
  punchMark: mm(148.5),
} as const;
