import { z } from 'zod';
import { DOCUMENT_TYPES } from '../../generation';

// zod's ISO date checks the calendar too (2026-02-30 and 2025-02-29 fail), as the export schema does.
const isoDate = z.iso.date('must be a calendar date YYYY-MM-DD');
const line = (max = 300) => z.string().trim().min(1).max(max);
const paragraph = z.string().trim().min(1).max(8000);

export const draftFieldsSchema = z
  .object({
    sender: z.object({
      authority: line(), unit: line().optional(), street: line().optional(), postalCode: z.string().regex(/^\d{5}$/, 'must be five digits').optional(),
      city: line(100).optional(), contactPerson: line(200).optional(), phone: line(60).optional(), email: z.string().email().max(200).optional(),
    }).strict().optional(),
    recipient: z.object({ lines: z.array(line(120)).min(1).max(6) }).strict().optional(),
    salutation: z.object({ form: z.enum(['frau', 'herr', 'neutral', 'allgemein']), title: line(60).optional(), name: line(120).optional() }).strict().optional(),
    aktenzeichen: line(100).optional(),
    ihrZeichen: line(100).optional(),
    datum: isoDate.optional(),
    betreff: line(300).optional(),
    kernpunkte: z.array(line(2000)).max(30).optional(),
    termine: z.array(z.object({ label: line(200), date: isoDate }).strict()).max(20).optional(),
    rechtsgrundlagen: z.array(line(200)).max(20).optional(),
    antragsdatum: isoDate.optional(),
    tenor: z.array(line(2000)).max(20).optional(),
    begruendung: paragraph.optional(),
    deadline: z.object({
      event: isoDate,
      eventType: z.enum(['posted', 'sent_electronically', 'delivered']),
      land: z.string().regex(/^[A-Z]{2}$/).optional(),
      remedy: z.enum(['widerspruch', 'klage']).optional(),
    }).strict().optional(),
    massnahme: paragraph.optional(),
    aeusserungsfrist: isoDate.optional(),
    eingangsdatum: isoDate.optional(),
    gegenstand: line(500).optional(),
    bearbeitungsdauer: line(200).optional(),
    anlass: paragraph.optional(),
    weiteresVorgehen: paragraph.optional(),
    gremium: line(200).optional(),
    sitzungsdatum: isoDate.optional(),
    beschlussvorschlag: paragraph.optional(),
    finanzielleAuswirkungen: paragraph.optional(),
  })
  .strict();

export const draftSchema = z
  .object({
    type: z.enum(DOCUMENT_TYPES),
    tone: z.enum(['fachsprache', 'buergernah']).default('fachsprache'),
    genderFair: z.boolean().default(true),
    fields: draftFieldsSchema.default({}),
    stream: z.boolean().optional(),
  })
  .strict();
