import type { SeedWritingPrompt } from '../../../../shared/practice.ts';

// Timed writing exercises of the kinds employers and agencies set at the application or assessment
// stage. Every brief, complaint, figure and document below is invented for practice.

const para = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const WRITING_PROMPTS: readonly SeedWritingPrompt[] = [
  // Cover letters to a brief
  {
    key: 'w-cover-letter-clinic-front-desk',
    kind: 'cover-letter',
    title: 'Cover letter: front desk coordinator at a community clinic',
    prompt: para(
      'Write a cover letter for the job below. Write as yourself, using your own experience; if you have not worked in a similar role, draw on anything comparable (retail, volunteering, caring, study). Address it to the practice manager, Ms. Adeyemi.',
      'Job brief: Front desk coordinator, community health clinic, 25 hours a week (weekday mornings plus one evening). You will greet patients, book and change appointments, answer a busy phone line, keep the waiting room running on time and handle patient details confidentially. We need someone calm with upset or anxious people, accurate with names, dates and numbers, and comfortable learning a booking system. A second language is an advantage but not required. Start date: within four weeks.',
    ),
    field: null,
    minutes: 30,
    words: { min: 250, max: 350 },
    criteria: [
      'Opens by naming the role and giving one clear reason the candidate fits, not a generic greeting',
      'Matches at least three requirements in the brief (calm with people, accuracy, confidentiality, systems, hours) to specific evidence',
      'Addresses the practical points: the part-time hours and the start date',
      'Short paragraphs, a warm but professional tone, and a clear closing line asking for an interview',
      'No spelling, grammar or name errors (the manager’s name and the job title are spelled correctly)',
    ],
  },
  {
    key: 'w-cover-letter-warehouse-shift-lead',
    kind: 'cover-letter',
    title: 'Cover letter: night shift lead at a distribution warehouse',
    prompt: para(
      'Write a cover letter for the job below, to be sent through a recruitment agency. Write as yourself; if you have never led a team, show how you have taken responsibility in other ways (training new starters, covering for a supervisor, running a sports team).',
      'Job brief: Night shift lead, regional distribution warehouse, 10 pm to 6 am, four nights a week, temporary for three months with the aim of a permanent contract. You will lead a team of 12 pickers and packers, hand over to the day supervisor each morning, keep pick rates on target (currently 92% of target, aim 98%) and make sure everyone follows safety rules around forklifts and racking. Experience with handheld scanners and a warehouse system is useful. Forklift licence preferred but training can be given.',
    ),
    field: null,
    minutes: 30,
    words: { min: 250, max: 350 },
    criteria: [
      'Shows leadership or responsibility with a concrete example and a result (numbers if possible)',
      'Responds to the real problems in the brief: improving pick rates and keeping people safe',
      'Deals honestly with night work and the temporary-to-permanent arrangement',
      'Written for the reader: concise, no repeated CV list, a confident close',
    ],
  },
  {
    key: 'w-cover-letter-remote-support-career-change',
    kind: 'cover-letter',
    title: 'Cover letter: remote customer support advisor, changing careers',
    prompt: para(
      'Write a cover letter for the job below. Write as someone changing careers: either your own real change, or imagine you have spent six years in a job unrelated to customer support (for example hairdressing, teaching assistant or kitchen work). Explain why you want to move and why your experience transfers.',
      'Job brief: Customer support advisor, home insurance provider, fully remote, full-time with two late shifts a week until 8 pm. You will answer customer emails and live chat, explain policy wording in plain language, log every contact accurately, and pass complex claims to a specialist team. We measure first-reply time and customer satisfaction. No insurance experience needed: full paid training for three weeks. You need a quiet place to work, a reliable internet connection, and strong written English.',
    ),
    field: null,
    minutes: 35,
    words: { min: 250, max: 400 },
    criteria: [
      'Explains the career change positively and briefly, without apologising for it',
      'Names transferable skills and backs each with an example from the previous work',
      'Shows written skill in the letter itself: clear, plain language, no jargon, tidy structure',
      'Covers the practical requirements: remote set-up, late shifts, readiness for training',
    ],
  },

  // Short reports
  {
    key: 'w-report-staff-survey-shift-patterns',
    kind: 'report',
    title: 'Report: staff survey on new shift patterns',
    prompt: para(
      'You work in the operations office of a food production site with 140 staff. Management is choosing between three shift patterns for next year and asked staff for their views. Write a short report to the site manager that summarises the survey and recommends one option, with reasons and any risks.',
      'Option A: keep the current 5 × 8-hour days. Option B: 4 × 10-hour days. Option C: flexible start between 6 am and 8 am, 8-hour days.',
      'Survey results (98 replies out of 140): first choice — A: 21 (21%), B: 44 (45%), C: 33 (34%). Staff with childcare responsibilities (40 replies) — A: 6, B: 12, C: 22. Staff who drive to work (71 replies) — A: 15, B: 36, C: 20. Main concerns raised in comments: fatigue on long shifts (mentioned 27 times), bus times not matching early starts (mentioned 14 times), fairness of who gets which start time (mentioned 11 times).',
      'Other facts: Option B needs two extra supervisors on rotation (about 6% more supervision cost). Option C makes production planning harder on the first line of the day.',
    ),
    field: null,
    minutes: 40,
    words: { min: 300, max: 450 },
    criteria: [
      'Uses a clear report structure: purpose, findings, recommendation, risks or next steps',
      'Reports the figures accurately and notes the response rate (70%) and the split between groups',
      'Makes one recommendation and justifies it from the evidence, not from personal preference',
      'Acknowledges the strongest arguments against the chosen option and suggests how to reduce them',
      'Plain, neutral language suitable for a manager who will read it quickly',
    ],
  },
  {
    key: 'w-report-delivery-customer-feedback',
    kind: 'report',
    title: 'Report: customer feedback and three ways to improve deliveries',
    prompt: para(
      'You work for a furniture retailer that delivers to homes. Write a short report for the customer experience manager summarising last quarter’s feedback and recommending which of three improvements to fund first. The budget covers one of them this year.',
      'Feedback (1,260 delivered orders, 412 survey replies): overall satisfaction 3.4 out of 5 (last quarter 3.8). Top complaints: no clear delivery time on the day (38% of complaints), items damaged on arrival (22%), drivers not able to carry items upstairs (17%), rude or rushed drivers (9%), other (14%). Repeat purchase intent: 61% of satisfied customers, 18% of dissatisfied customers.',
      'Options: (1) Text message tracking with a one-hour window — cost 18,000 a year, supplier says it cuts "where is my order" calls by about half. (2) Better packaging and a damage check at the depot — cost 25,000 a year, expected to halve damage. (3) Two-person crews for all large items — cost 60,000 a year, removes the upstairs problem and may reduce damage.',
    ),
    field: null,
    minutes: 40,
    words: { min: 300, max: 450 },
    criteria: [
      'Summarises the feedback accurately, including the drop in satisfaction and the link to repeat purchases',
      'Compares the three options on cost and on the share of complaints each addresses',
      'Recommends one option with a clear, evidence-based reason and states what it will not fix',
      'Suggests how to measure whether the chosen option worked',
    ],
  },
  {
    key: 'w-report-overflow-calls-options',
    kind: 'report',
    title: 'Report: handling overflow calls at a busy service desk',
    prompt: para(
      'You are a team member at a council-run housing repairs desk. Calls have risen and your supervisor has asked you to write a short report comparing ways of handling the extra calls, with a recommendation.',
      'Facts: the desk has 6 advisers and receives on average 420 calls a day (up from 330 a year ago). 18% of callers hang up before they are answered; the target is under 8%. Peak times are 9–11 am and 1–2 pm. About a third of calls are people chasing a repair already booked.',
      'Options: (A) Hire one temporary adviser for six months — about 16,000. (B) Overtime: existing staff cover an extra 10 hours a week between them — about 9,500 for six months, but two staff have said they cannot do more hours. (C) An automatic text to every tenant when a repair is booked and again the day before — set-up 4,000 plus 1,500 for six months of messages; untested here.',
    ),
    field: null,
    minutes: 35,
    words: { min: 250, max: 400 },
    criteria: [
      'Identifies the real cause (peaks and chasing calls), not only the total volume',
      'Weighs cost, speed, staff wellbeing and risk for each option',
      'Gives a clear recommendation — possibly a combination — with a way to check it is working',
      'Concise headings or short paragraphs; figures quoted correctly',
    ],
  },

  // Emails to a difficult customer
  {
    key: 'w-customer-email-missed-sofa-delivery',
    kind: 'customer-email',
    title: 'Email: a customer whose delivery was missed twice',
    prompt: para(
      'You work in customer service for a furniture retailer. Reply by email to the complaint below. What you know: the driver’s van broke down on the first date; on the second date the route was overbooked and the order was dropped without anyone calling the customer. You can offer: a guaranteed morning slot (7–11 am) this Saturday or any weekday next week, a refund of the 49 delivery charge, and a goodwill voucher of up to 50. You cannot offer a full refund on the sofa unless the customer cancels the order.',
      'Customer’s email: "This is the SECOND time I have taken a day off work for your delivery and nobody turned up. Nobody phoned, nobody emailed, I sat there until 6 pm like an idiot. I have lost two days’ pay because of you. I want my money back for the delivery and compensation for my wages, and I want to know why nobody can be bothered to tell me anything. If I don’t hear back today I am cancelling and telling everyone I know never to use you. — R. Novak"',
    ),
    field: null,
    minutes: 20,
    words: { min: 150, max: 250 },
    criteria: [
      'Opens with a sincere, specific apology that shows the customer has been heard, without excuses',
      'Explains what went wrong honestly and briefly',
      'States clearly what you can offer and what you cannot (lost wages), and gives the customer a simple next step',
      'Calm, respectful tone throughout; no blaming the driver or the customer; no defensive language',
      'Correct name, clear subject line, and a named person to contact',
    ],
  },
  {
    key: 'w-customer-email-double-charge',
    kind: 'customer-email',
    title: 'Email: a member charged twice who threatens a bad review',
    prompt: para(
      'You work for a chain of gyms. Reply to the member below. What you know: a payment system fault charged about 300 members twice this month. The extra charge has already been refunded to everyone; banks take 3–5 working days to show it. You can add one free month to the member’s account as an apology. You cannot speed up the bank or refund by cash.',
      'Member’s email: "You have taken 39.99 out of my account TWICE. That money was for my electricity bill and now I’m overdrawn and my bank has charged me 15. This is theft. I phoned and was on hold for 40 minutes before giving up. I want the money back in my account today and the bank charge paid, or I’m writing reviews on every site I can find. — Danielle Okafor"',
    ),
    field: null,
    minutes: 20,
    words: { min: 150, max: 250 },
    criteria: [
      'Acknowledges the real impact on the member (overdraft, bank charge, long wait) before explaining',
      'Gives the facts clearly: the refund has been made and when it will appear',
      'Offers what is possible and handles the bank charge request honestly (for example, asks for the bank statement so it can be reviewed, without promising what you cannot)',
      'Does not react to the threat of reviews or the word "theft"; stays courteous and direct',
    ],
  },
  {
    key: 'w-customer-email-hotel-refund-demand',
    kind: 'customer-email',
    title: 'Email: a hotel guest demanding a full refund',
    prompt: para(
      'You work at the reservations office of a mid-sized hotel. Reply to the guest below. What you know: building work on the neighbouring site started two days early; guests were meant to be warned before arrival and this guest was not. The hotel’s manager has approved a refund of one night (of three) or a free night on a future stay, the guest’s choice. The guest stayed all three nights and did not ask to change rooms at the time.',
      'Guest’s email: "I booked three nights for a rest and was woken at 7 am every day by drilling. Nobody warned me. The room was fine otherwise but that’s not the point. I expect a full refund of all three nights. I have stayed with you four times before and I am shocked at how you treat loyal customers. — Mr. H. Lindqvist"',
    ),
    field: null,
    minutes: 25,
    words: { min: 150, max: 250 },
    criteria: [
      'Thanks the guest for their loyalty and accepts the hotel’s mistake in not warning them',
      'Declines the full refund clearly but politely, with a brief reason, without arguing',
      'Presents the two options simply and explains how to accept one',
      'Professional, warm tone; avoids overused phrases such as "we apologise for any inconvenience"',
    ],
  },

  // Summaries of a document
  {
    key: 'w-summary-hybrid-work-policy',
    kind: 'summary',
    title: 'Summary: a new hybrid working policy',
    prompt:
      'Read the policy below. Write a summary for a staff newsletter so that employees know what is changing, what they need to do, and by when. Write in plain language; do not copy whole sentences from the original.',
    document: para(
      'Hybrid Working Policy — effective 1 March',
      'Purpose. This policy sets out how employees in office-based roles may divide their working time between the office and home. It replaces the temporary arrangements introduced three years ago, which were never formally reviewed. The aim is to keep the flexibility that most staff value while making sure teams spend enough time together to train new colleagues, solve problems quickly and keep a shared sense of purpose.',
      'Who it covers. The policy applies to all permanent and fixed-term employees whose work can be done away from the office for at least part of the week. It does not apply to roles that need a physical presence every day, such as reception, facilities, the post room and laboratory staff. Those teams will continue to agree flexible hours locally. Agency workers should follow the arrangements agreed with their own agency and their line manager here.',
      'Minimum office time. From 1 March, employees covered by this policy will be expected in the office at least two days a week. Each team will choose one fixed "anchor day" when everyone attends; the second day is chosen by the employee and agreed with their manager. Teams must tell the facilities office their anchor day by 14 February so that desks and meeting rooms can be planned. Managers may agree a temporary reduction for a specific reason, such as a medical condition, for up to eight weeks at a time; anything longer needs a request through Human Resources.',
      'Working from home. Employees working from home must have a safe workspace and must complete the online home-workstation check once a year. The company will lend a monitor, keyboard and chair on request. Employees are responsible for keeping confidential papers secure and must not print personal or customer data at home. Working from another country, even for a few days, is not allowed without written approval, because of tax and data rules.',
      'Expenses. The monthly home-working allowance of 20 will stop at the end of February. Travel between home and the office is not paid, as before. Employees who believe the change in allowance causes real hardship can speak in confidence to Human Resources.',
      'Review. The policy will be reviewed after six months using a staff survey and figures on desk use. Comments can be sent at any time to the people team mailbox.',
    ),
    field: null,
    minutes: 25,
    words: { min: 120, max: 180 },
    criteria: [
      'Captures the key changes: two office days including a team anchor day, the allowance ending, rules on working abroad',
      'Includes the dates and actions people must take (anchor day by 14 February, annual workstation check)',
      'Says who is and is not covered',
      'Uses own words, plain language and a logical order; leaves out minor detail',
      'Stays within the word range',
    ],
  },
  {
    key: 'w-summary-self-service-kiosk-pilot',
    kind: 'summary',
    title: 'Summary: results of a self-service kiosk pilot',
    prompt:
      'Read the evaluation report below. Your manager has a meeting in ten minutes and asks for a summary of the findings and the recommendation as short bullet points she can read quickly. Use no more than eight bullet points.',
    document: para(
      'Evaluation of the Self-Service Kiosk Pilot at Three Branch Libraries',
      'Background. Between April and September, self-service kiosks for borrowing and returning items were installed in three of the eleven branch libraries: Riverside, Millbrook and North Hill. The aim was to free staff time for activities with more value to the public, such as help with job applications, digital skills sessions and reading groups for children, and to shorten queues at busy times.',
      'Use. Over the six months, 58% of all loans and 71% of all returns at the three branches went through the kiosks. Use was highest at Riverside, which has many students and commuters (74% of loans), and lowest at North Hill, where more than a third of members are over 65 (39% of loans). Average waiting time at the counter at peak times fell from nine minutes to three.',
      'Staff time. Staff estimate that they saved about 14 hours a week across the three branches. Around half of that time was used for new or expanded sessions: two extra digital skills classes a week and a homework club at Millbrook. The rest was absorbed by other tasks, including helping members use the kiosks, which took more time than expected in the first two months.',
      'Problems. The kiosks at North Hill were out of service for a total of 11 days because of a software fault, and the supplier took up to four days to respond. Some older members said they felt pushed away from the counter, and four written complaints were received on this point. Kiosks could not handle payment of fines, so members still had to queue for that.',
      'Costs. The pilot cost 42,000, including installation and a one-year support contract. Rolling kiosks out to the remaining eight branches is quoted at 96,000 plus 12,000 a year for support.',
      'Recommendation. The evaluation team recommends rolling out kiosks to the five busiest remaining branches next year, rather than all eight, and only after the supplier agrees to a two-day repair time in the contract. It also recommends that every branch keeps a staffed counter open at all times, adds fine payment to the kiosks, and reports how the time saved is used, so that the benefit to the public can be shown.',
    ),
    field: null,
    minutes: 20,
    words: { min: 100, max: 160 },
    criteria: [
      'Gives the main results with the key numbers (share of loans and returns, waiting time, hours saved)',
      'Notes the differences between branches and the main problems (breakdowns, older members, fines)',
      'States the recommendation and its conditions accurately',
      'Follows the format asked for: short bullet points, eight at most, quick to scan',
    ],
  },
  {
    key: 'w-summary-building-works-notice',
    kind: 'summary',
    title: 'Summary: a building management notice about renovation works',
    prompt:
      'Your office has received the notice below from the building’s management company. Write a short email to your 20 colleagues summarising what will happen, when, and what it means for them. Add a clear list of anything they must do.',
    document: para(
      'Notice to all tenants: Lift replacement and entrance works',
      'Dear tenants, we are writing to let you know about essential works to the building, which will take place over six weeks starting on Monday 6 May. The two passenger lifts are more than twenty years old and parts are becoming hard to find. We will replace them one at a time so that one lift remains in service throughout, except for two days at the end of the project when the new control system is connected. At the same time, the main entrance will be made fully step-free and the reception area refurbished.',
      'Lifts. The east lift will be closed from 6 May to 24 May and the west lift from 27 May to 14 June. On Saturday 15 June and Sunday 16 June both lifts will be out of service. We understand that this will cause difficulty for some people. Any tenant with a staff member or visitor who cannot use the stairs should contact the building office by 26 April, so that we can discuss arrangements such as a temporary ground-floor meeting room, which we can offer free of charge on request.',
      'Entrance. From 13 May to 7 June the main entrance on the High Street will be closed. Please use the side entrance on Mill Lane, which will be signposted and staffed during normal opening hours (7.30 am to 7 pm). The side entrance has a ramp. Post and deliveries will be received at the Mill Lane entrance during this period; couriers should be given the new address details. Visitors should be told in advance to use Mill Lane, as the reception desk will be temporarily moved there.',
      'Noise and dust. Noisy work, such as drilling and cutting, will be limited to before 9.30 am and after 4.30 pm wherever possible, but some noise during the day cannot be avoided. Dust screens will be in place. Fire exits will not be affected, but the assembly point will move to the car park behind Mill Lane for the duration of the works; please make sure your fire wardens know.',
      'Contact. Questions can be sent to the building office by email or raised at the weekly tenant drop-in on Tuesdays from 12 to 1 pm in the ground-floor meeting room. We are sorry for the disruption and thank you for your patience while we improve the building.',
    ),
    field: null,
    minutes: 25,
    words: { min: 150, max: 220 },
    criteria: [
      'Gives the dates for each lift closure, the weekend with no lifts, and the entrance closure accurately',
      'Pulls out the actions: tell visitors and couriers about Mill Lane, brief fire wardens, contact the building office by 26 April about anyone who cannot use stairs',
      'Written for colleagues, not copied: short, friendly, easy to act on',
      'Includes where to send questions',
    ],
  },

  // Field-specific tasks
  {
    key: 'w-field-admin-minutes-from-notes',
    kind: 'field-task',
    title: 'Administration: minutes from rough notes',
    prompt: para(
      'You took the rough notes below at a team meeting. Turn them into clear minutes to circulate to everyone who was invited. Use a standard format: meeting details, attendees and apologies, items discussed with decisions, and an action list with owners and dates.',
      'Notes: "Ops team mtg Tue 10 Sept 10am, room 2. Present: Priya (chair), Tom, Grace, Wei, me (notes). Apologies: Sam. 1) Last mtg actions — Tom: new visitor sign-in sheet done. Grace: printer contract still waiting on quote, chase. 2) End-of-year party — venue options Lakeside (35/head) or in office w caterer (22/head). Wei says 40% staff said no alcohol in last survey. Agreed in office, Wei to book caterer by 30 Sept, budget cap 1,100. 3) Stationery overspend — 18% over for quarter. Priya: all orders over 50 need her OK from now. Tom to send reminder to all staff by Fri. 4) AOB — Grace off 23 Sept–4 Oct, Tom covers post. Next mtg 8 Oct same time."',
    ),
    field: 'Administration',
    minutes: 25,
    words: { min: 180, max: 300 },
    criteria: [
      'Uses a clear minutes structure with date, time, place, attendees and apologies',
      'Records decisions and figures accurately, in neutral full sentences rather than shorthand',
      'Action list gives each action an owner and a deadline, including the carried-over printer quote',
      'Leaves out chatter and opinion while keeping anything someone needs to act on',
    ],
  },
  {
    key: 'w-field-marketing-product-announcement',
    kind: 'field-task',
    title: 'Marketing: announce a new product to existing customers',
    prompt: para(
      'Write a product announcement email to existing customers of a small company that makes refillable cleaning products. Include a subject line and a preview line (the short text shown next to the subject in an inbox). The aim is to get customers to try the new product in the first month.',
      'Facts: the new product is a concentrated laundry liquid in a refill pouch; one pouch makes 2 litres, enough for about 50 washes. It works at 30°C. Price 8.50 per pouch; existing customers get 20% off their first order with the code REFILL20 until 31 October. The pouch is made from a single plastic that can be recycled at most supermarkets. Customer feedback from the trial: 87% of 150 testers said it cleaned as well as or better than their usual brand; some said the scent (lavender) was too light. An unscented version is planned for next spring.',
    ),
    field: 'Marketing',
    minutes: 30,
    words: { min: 150, max: 250 },
    criteria: [
      'Subject and preview lines are specific and make the reader want to open the email, without exaggeration',
      'Leads with the benefit to the customer, then supports it with the key facts',
      'Makes every claim accurate to the facts given (no invented awards or "best ever")',
      'One clear call to action, with the offer code and the deadline',
      'Tone fits a friendly small brand; easy to scan on a phone',
    ],
  },
  {
    key: 'w-field-finance-variance-explanation',
    kind: 'field-task',
    title: 'Finance: explain a budget variance to a manager',
    prompt: para(
      'You are an assistant accountant. The operations manager, who is not a finance specialist, has asked why her department is over budget for the quarter. Write her an email explaining the variance and what can be done about it.',
      'Figures for the quarter (budget / actual): staff costs 184,000 / 191,500; agency staff 12,000 / 27,400; overtime 6,000 / 4,100; equipment repairs 9,000 / 16,800; consumables 22,000 / 20,700; total 233,000 / 260,500.',
      'Background: two staff were on long-term sick leave and were covered by agency workers; staff costs are higher than budget because of a 3.5% pay award agreed after the budget was set (the budget assumed 0%). A conveyor motor failed in the second month and was repaired twice before being replaced. Consumables are lower because of a new supplier contract.',
    ),
    field: 'Finance',
    minutes: 35,
    words: { min: 200, max: 350 },
    criteria: [
      'States the overall variance correctly (27,500 over, about 11.8%) and breaks it down by its main causes',
      'Separates one-off causes (repairs, sickness cover) from lasting ones (the pay award)',
      'Explains in plain language, without finance jargon, for a non-specialist reader',
      'Suggests sensible next steps, such as revising the forecast for the pay award or reviewing agency use',
      'All figures in the email are accurate and consistent',
    ],
  },
  {
    key: 'w-field-logistics-incident-report',
    kind: 'field-task',
    title: 'Logistics: write an incident report',
    prompt: para(
      'You are the supervisor on duty. Write an incident report for the site manager and the health and safety lead about what happened below. Keep to facts, separate what you saw from what others told you, and recommend actions to stop it happening again.',
      'What happened: Thursday 14 March, about 2.40 pm, loading bay 3. A pallet of bottled water (about 600 kg) fell from the forks of a forklift driven by an agency operator, Kamal, as he reversed from the trailer. Nobody was hurt. A colleague, Joanne, was walking through the bay about three metres away; she says she had not seen the pedestrian walkway was blocked by returned cages so she walked across the bay. You arrived at 2.45 pm, closed bay 3 and took photos. Kamal says the trailer floor was wet and the pallet was wrapped loosely. 40 cases were damaged (cost about 260). The bay was reopened at 3.30 pm after cleaning. Kamal has a valid licence but had worked on site for only four days and had not yet had the site induction on bay procedures.',
    ),
    field: 'Logistics',
    minutes: 30,
    words: { min: 250, max: 400 },
    criteria: [
      'Records date, time, location, people involved and what happened in a clear order',
      'Separates facts seen by the writer from statements by others, and avoids blaming individuals',
      'Identifies the contributing causes: blocked walkway, loose wrapping and wet floor, missing induction',
      'Recommends practical actions with owners (for example induction before driving, keeping walkways clear)',
      'Notes damage, cost and the time the bay was out of use',
    ],
  },
  {
    key: 'w-field-hr-internal-candidate-feedback',
    kind: 'field-task',
    title: 'Human resources: tell an internal candidate they were not selected',
    prompt: para(
      'You are an HR adviser. Write an email to an internal candidate who applied for promotion and was not selected. The aim is to keep them motivated and in the company, and to be honest about why.',
      'Facts: the candidate, Marcus, has been a team leader in the contact centre for three years and is well liked. He applied for the post of contact centre manager. The panel scored him second of five. Strengths: excellent coaching of his team, strong knowledge of the systems, good answers on handling difficult customers. Gaps: limited experience of budgets and workforce planning; his presentation ran over time and did not answer the question on reducing staff turnover. The successful candidate is external. The panel has offered Marcus a place on the next management development programme (starts in two months) and a feedback conversation with the hiring manager.',
    ),
    field: 'Human resources',
    minutes: 25,
    words: { min: 180, max: 280 },
    criteria: [
      'Gives the decision clearly in the first lines, without burying it',
      'Balanced, specific feedback: real strengths and the main gaps, expressed kindly',
      'Offers concrete next steps (development programme, feedback meeting) and how to take them up',
      'Respects confidentiality: says nothing about the successful candidate beyond what is needed',
    ],
  },
  {
    key: 'w-field-trades-job-summary-for-homeowner',
    kind: 'field-task',
    title: 'Skilled trades: explain extra work and cost to a homeowner',
    prompt: para(
      'You are a plumber running a small business. Write a message to a homeowner explaining what you found on a job, why the price has changed, and what they need to decide. The homeowner is not technical and is already worried about money.',
      'Facts: the quote was 640 to replace a leaking kitchen sink trap and the cold water pipe under the sink. When you removed the cupboard base, you found that the leak had been running for months: the chipboard floor under the units is soft and a joist is damp. The pipework is done (within the original quote). Options: (1) dry out and replace the damaged floor section and treat the joist — about 450 extra, two more days; (2) leave the floor for now, fit a temporary board so the cupboard can be used, and check it again in three months — 60 extra, but the floor may get worse. You recommend option 1. You have photos you can attach.',
    ),
    field: 'Skilled trades',
    minutes: 20,
    words: { min: 150, max: 250 },
    criteria: [
      'Explains what was found in plain words, without jargon or alarm',
      'Confirms the original work was finished at the quoted price',
      'Sets out both options with cost, time and risk, and gives a clear recommendation with a reason',
      'Asks for a decision and explains how to reply; reassuring, honest tone',
    ],
  },
];
