import type { SeedQuestion } from '../../../../shared/practice.ts';

// Field-specific interview questions: nine for each field in FIELDS, covering technical knowledge,
// tools and methods, a problem to solve, quality and compliance, working with others, current
// trends, and one question for a candidate moving in from outside the field.

export const FIELD_QUESTIONS: readonly SeedQuestion[] = [
  // Administration
  {
    key: 'f-admin-spreadsheet-skills',
    text: 'How comfortable are you with spreadsheets? Walk me through something useful you have built or kept up to date with one.',
    category: 'field-specific',
    fields: ['Administration'],
    difficulty: 'easy',
    lookingFor:
      'Whether your spreadsheet skills are real and practical rather than a line on a CV. They want to know you can organise data, use basic formulas and keep a shared file tidy.',
    guide:
      'Pick one concrete example, such as a holiday tracker, a stock list or a budget sheet, and say who used it and what problem it solved. Name the features you used (sorting, filters, lookups, simple formulas, conditional formatting) in plain words. Be honest about your level: saying you are confident with the basics and learning more advanced functions is better than claiming expertise that a practical test will expose.',
  },
  {
    key: 'f-admin-filing-system',
    text: 'How would you set up or tidy a shared filing system, paper or digital, so that other people can actually find things?',
    category: 'field-specific',
    fields: ['Administration'],
    difficulty: 'easy',
    lookingFor:
      'Whether you think about the people who will use the system, not just your own habits. They also want to see that you understand version control of documents and retention.',
    guide:
      "Describe a clear structure (by client, project or year), consistent naming rules such as dates written year-month-day, and one agreed place for the current version of each document. Mention agreeing the structure with the people who use it and writing a one-page guide. Add that you would archive or securely dispose of old records according to the organisation's retention rules, rather than keeping everything forever.",
  },
  {
    key: 'f-admin-invoice-processing',
    text: 'Talk me through how you would process a supplier invoice, from the moment it arrives to the point it is approved for payment.',
    category: 'field-specific',
    fields: ['Administration', 'Finance'],
    difficulty: 'easy',
    lookingFor:
      'Whether you understand basic checks and approvals and why they exist. They are looking for care with detail and awareness of fraud risk.',
    guide:
      "Walk through the steps in order: log it, check it matches a purchase order and proof of delivery, check the supplier details, amounts and tax, code it to the right budget, and send it to the right person for approval. Say what you would do if something does not match, such as querying it with the supplier or the person who ordered the goods. Mention that you would verify any change to a supplier's bank details by phoning a number you already hold, since that is a common fraud.",
  },
  {
    key: 'f-admin-room-clash',
    text: 'Two senior people you support both need the only free meeting room at the same time, and both tell you it is urgent. What do you do?',
    category: 'field-specific',
    fields: ['Administration'],
    difficulty: 'medium',
    lookingFor:
      'Whether you can stay calm, look for options and avoid taking sides. They want someone who solves the problem rather than passing it back up.',
    guide:
      'Start by checking the facts: who is meeting whom, how many people, and whether either meeting has external guests or a fixed time. Then look for alternatives, such as another space, a video call, a shifted start time or a room elsewhere in the building. If there is still a clash, put the options to both people together or to whoever sets priorities, rather than deciding on seniority alone. End with what you would change to stop it happening again, such as a clearer booking system.',
  },
  {
    key: 'f-admin-competing-requests',
    text: 'You support several people and each of them treats their own request as the top priority. How do you decide what gets done first, and how do you keep everyone informed?',
    category: 'field-specific',
    fields: ['Administration'],
    difficulty: 'medium',
    lookingFor:
      'How you prioritise under pressure and how you manage expectations. They want to see that you communicate before a deadline is missed, not after.',
    guide:
      'Explain how you sort work by real deadline and impact, for example anything with an external deadline or affecting pay comes first. Describe a simple system such as a shared task list or a quick morning check-in. Use a real example with STAR: the situation, what you had to deliver, how you ordered the work and told people what to expect, and what happened. Avoid saying you simply work longer hours; show judgement instead.',
  },
  {
    key: 'f-admin-trends-automation',
    text: 'A lot of routine admin work is now done with online forms, shared calendars, automated workflows and AI assistants. How has that changed the job, and how do you keep your skills current?',
    category: 'field-specific',
    fields: ['Administration'],
    difficulty: 'medium',
    lookingFor:
      'Whether you see technology as a help rather than a threat, and whether you actively learn. They also want to know you still check the output of automated tools.',
    guide:
      'Give one or two examples of tools you have used to save time, such as an online booking form or a template that fills itself in. Say what the time saved allowed you to do instead, for example more work that needs judgement or contact with people. Mention how you learn, such as short courses, help guides or asking colleagues, and that you check automated or AI-drafted work before it goes out.',
  },
  {
    key: 'f-admin-outsider',
    text: 'You have come from a hands-on role rather than an office. What from that experience would make you a good administrator, and what do you expect to find hardest?',
    category: 'field-specific',
    fields: ['Administration'],
    difficulty: 'medium',
    lookingFor:
      'Whether you can translate your experience into office skills and whether you are realistic about the change. Self-awareness and a plan to close gaps matter more than a perfect fit.',
    guide:
      'Pick two or three transferable skills with evidence, such as organising stock or rotas, dealing with customers, following procedures, or keeping records accurate. Be honest about one gap, for example speed with office software or writing formal emails, and say what you are already doing about it. Keep it positive: explain why you want the move rather than what you are escaping.',
  },
  {
    key: 'f-admin-confidential-mistake',
    text: 'You handle personal and confidential information. How do you keep it safe day to day, and what would you do if you realised you had emailed something to the wrong person?',
    category: 'field-specific',
    fields: ['Administration'],
    difficulty: 'hard',
    lookingFor:
      'Your understanding of data protection in practice and, above all, your honesty when something goes wrong. Hiding a data breach is far more serious than the mistake itself.',
    guide:
      'Start with everyday habits: locking your screen, checking recipients before sending, using secure folders rather than email attachments, and not leaving papers on the printer. For the mistake, say you would report it straight away to your manager or the person responsible for data protection, try to recall the message or ask the recipient to delete it, and record what happened. Explain that organisations often have strict time limits for reporting breaches, so speed matters more than embarrassment.',
  },
  {
    key: 'f-admin-offsite-planning',
    text: "You have been asked to organise a two-day offsite for forty staff with three weeks' notice and a fixed budget. Walk me through your plan.",
    category: 'field-specific',
    fields: ['Administration'],
    difficulty: 'hard',
    lookingFor:
      'Planning, budgeting and attention to detail under a tight deadline. They want to see that you confirm requirements first and think about risks such as dietary needs and accessibility.',
    guide:
      'Begin by pinning down the purpose, dates, budget and who signs off decisions. Then set out the order: venue and rooms first, then travel, catering, equipment and the agenda, with a simple tracker for bookings and costs. Mention collecting dietary, accessibility and emergency contact details, and keeping a contingency amount. Close with how you would communicate with attendees and check afterwards what went well, including final costs against the budget.',
  },
  // Customer service
  {
    key: 'f-customer-service-systems-notes',
    text: 'What ticketing, chat or phone systems have you used, and how do you write case notes that a colleague could pick up from?',
    category: 'field-specific',
    fields: ['Customer service'],
    difficulty: 'easy',
    lookingFor:
      'Whether you can learn systems quickly and whether your notes are useful to others. Good notes stop customers having to repeat themselves.',
    guide:
      'Name the kinds of systems you have used in general terms and say how quickly you got up to speed. Describe what a good note contains: what the customer asked, what you checked, what you promised and by when, and what happens next. If you have not used such systems, mention similar record-keeping from another job and that you learn software quickly, with an example.',
  },
  {
    key: 'f-customer-service-product-knowledge',
    text: 'How do you get up to speed on a product or service you do not know yet, so you can answer customers with confidence?',
    category: 'field-specific',
    fields: ['Customer service'],
    difficulty: 'easy',
    lookingFor:
      'Your approach to learning and whether you are comfortable saying you will find out rather than guessing. Wrong answers given confidently cause more work later.',
    guide:
      "Describe practical steps: reading the knowledge base, using the product yourself, listening to experienced colleagues' calls and noting the most common questions. Say you keep your own short list of answers and check it against official information. Add that when you do not know, you tell the customer you will check and then you come back to them when you said you would.",
  },
  {
    key: 'f-customer-service-escalation',
    text: 'When do you escalate an issue to a supervisor or another team, and how do you hand it over so the customer does not have to repeat everything?',
    category: 'field-specific',
    fields: ['Customer service'],
    difficulty: 'easy',
    lookingFor:
      "Judgement about your own limits and respect for the customer's time. They want someone who neither escalates everything nor holds on to problems they cannot solve.",
    guide:
      'Give clear triggers for escalation, such as anything outside your authority, a safety or legal concern, a vulnerable customer, or a threat to complain formally. Explain a good handover: a short summary of the issue, what has been tried, what the customer wants and what you have told them. Mention telling the customer honestly what happens next and when they will hear back. A short STAR example makes the answer much stronger.',
  },
  {
    key: 'f-customer-service-angry-caller',
    text: 'A customer contacts you, already angry, about a problem your company caused and that you cannot fix today. Take me through how you would handle it.',
    category: 'field-specific',
    fields: ['Customer service'],
    difficulty: 'medium',
    lookingFor:
      'Emotional control, empathy without grovelling, and the ability to offer a realistic next step. They want to see you take ownership even when you cannot solve everything at once.',
    guide:
      'Describe letting the customer finish, acknowledging the impact on them and apologising clearly for what went wrong. Then explain what you can do now, what will happen next and when you will update them, and make sure you do. Avoid blaming other departments or promising something outside your control. If you have a real example, use STAR and finish with the result, such as the customer staying or the complaint being closed.',
  },
  {
    key: 'f-customer-service-metrics',
    text: 'Which service measures have you worked to, such as first-contact resolution, average handling time or satisfaction scores, and how do you balance speed against quality?',
    category: 'field-specific',
    fields: ['Customer service'],
    difficulty: 'medium',
    lookingFor:
      'Whether you understand how service is measured and can hit targets without cutting corners. Rushing customers to meet handling time often creates repeat contacts.',
    guide:
      'Name the measures you know and explain in a sentence what each one shows. Give a real example of where you met a target, and ideally one where you noticed that a measure pushed the wrong behaviour and how you dealt with it. Make the point that resolving the issue properly the first time usually helps every measure over time.',
  },
  {
    key: 'f-customer-service-channels',
    text: 'Customers now reach companies through live chat, messaging, social media and self-service tools as well as the phone. How does your approach change between channels?',
    category: 'field-specific',
    fields: ['Customer service'],
    difficulty: 'medium',
    lookingFor:
      'Awareness of current service trends and the ability to adjust tone and format. They also want to know you can handle more than one conversation at a time in writing.',
    guide:
      'Contrast the channels: on the phone your tone of voice carries warmth, in chat you need short, clear messages and may juggle several customers, and on public social media you move the conversation to a private channel quickly. Mention writing skills such as plain language and correct spelling. If you have used AI-suggested replies or help articles, say how you check and personalise them before sending.',
  },
  {
    key: 'f-customer-service-outsider',
    text: 'You have not worked in a contact centre or service desk before. What makes you think you would cope with a full day of back-to-back customer contacts?',
    category: 'field-specific',
    fields: ['Customer service'],
    difficulty: 'medium',
    lookingFor:
      'Resilience and realistic expectations of repetitive, sometimes difficult work. They are checking you will still be courteous to the fortieth customer of the day.',
    guide:
      'Point to experiences that show stamina and patience with the public, such as retail, hospitality, volunteering or caring for family. Show you understand the reality: targets, scripts, some rude customers and little time between contacts. Explain how you reset after a difficult conversation, for example a short breath, a note and moving on without carrying it to the next person.',
  },
  {
    key: 'f-customer-service-identity-checks',
    text: 'A caller cannot pass the security questions but insists they are the account holder and is getting upset. What do you do?',
    category: 'field-specific',
    fields: ['Customer service'],
    difficulty: 'hard',
    lookingFor:
      'Whether you will hold to data protection and security procedures under pressure while staying kind. This is a common route for fraud, and giving in is a serious failure.',
    guide:
      'Say clearly that you would not share or change account information without passing security, however convincing the caller is. Explain the alternatives you could offer, such as other verification methods, a callback to the number on file, or visiting a branch with identification. Keep your tone calm and explain that the checks protect them. Mention recording the attempt and flagging it if anything seems suspicious.',
  },
  {
    key: 'f-customer-service-repeat-complaints',
    text: 'You notice the same complaint coming up again and again. What would you do beyond handling each case as it comes in?',
    category: 'field-specific',
    fields: ['Customer service'],
    difficulty: 'hard',
    lookingFor:
      'Whether you think beyond the single call and help fix the cause. They value people who turn complaints into useful information for the business.',
    guide:
      'Describe gathering evidence first, such as how many cases, what they have in common and the cost in time or refunds. Then explain how you would raise it through the right route, for example with your team leader or the team that owns the problem, with a short summary and a suggestion. Use a STAR example if you have one and give the result, such as fewer contacts or a changed process. Avoid sounding as if you would go around your manager.',
  },
  // Education
  {
    key: 'f-education-lesson-planning',
    text: 'Talk me through how you plan a lesson or training session, from the learning goal to how you will know it worked.',
    category: 'field-specific',
    fields: ['Education'],
    difficulty: 'easy',
    lookingFor:
      'Whether you plan backwards from what learners should be able to do, rather than from activities you like. They want a clear structure and a way of checking learning.',
    guide:
      'Start with a specific objective written as something learners will be able to do by the end. Then describe the shape of the session: a starter that links to what they already know, teaching and modelling, practice, and a check at the end. Say how you adapt the plan for the group in front of you. A real example from a lesson, workshop or training day makes it concrete.',
  },
  {
    key: 'f-education-checking-understanding',
    text: 'How do you check understanding during a lesson, not just at the end of a unit?',
    category: 'field-specific',
    fields: ['Education'],
    difficulty: 'easy',
    lookingFor:
      "Knowledge of everyday assessment for learning and whether you act on what you find. Asking 'Does everyone understand?' is not enough.",
    guide:
      'Name several quick techniques, such as targeted questioning, mini whiteboards, short quizzes, exit questions or asking learners to explain a step to a partner. Then, more importantly, say what you do with the information, for example reteaching a point, grouping learners differently or changing the next lesson. A specific example where checking revealed a misunderstanding will stand out.',
  },
  {
    key: 'f-education-working-with-assistants',
    text: 'If you were working alongside a teaching assistant or a lead teacher, how would you make sure you were both working to the same plan for the learners?',
    category: 'field-specific',
    fields: ['Education'],
    difficulty: 'easy',
    lookingFor:
      'Teamwork and communication in the classroom. They want to know adults in the room will be used well and consistently.',
    guide:
      "Describe sharing plans in advance, agreeing who supports which learners and how, and agreeing the same behaviour approach. Mention a short check-in before or after lessons and a simple way of passing on notes about learners' progress. Whether you are the teacher or the assistant, show respect for the other person's knowledge of the learners.",
  },
  {
    key: 'f-education-mixed-ability',
    text: 'In one group you have learners who are well ahead and others who are struggling, including some with additional needs. How do you plan so everyone makes progress?',
    category: 'field-specific',
    fields: ['Education'],
    difficulty: 'medium',
    lookingFor:
      'Practical differentiation and inclusion without creating three separate lessons. They want to see high expectations for all learners.',
    guide:
      'Explain techniques such as a common core task with support and stretch, scaffolds like worked examples or sentence starters, flexible grouping and well-planned questioning. Mention using information from support plans or specialist staff for learners with additional needs. Give a real example and its result. Avoid implying that some learners are given easier, lower-value work permanently.',
  },
  {
    key: 'f-education-disruptive-learner',
    text: 'A learner keeps disrupting the class and the others are losing focus. What do you do in the moment, and what do you do afterwards?',
    category: 'field-specific',
    fields: ['Education'],
    difficulty: 'medium',
    lookingFor:
      "Calm, consistent behaviour management that follows the organisation's policy. They also want to see curiosity about the cause of the behaviour.",
    guide:
      'For the moment itself, describe low-key steps first: a look, moving closer, a quiet word, a clear reminder of expectations, and then the agreed consequences in the behaviour policy. For afterwards, explain talking with the learner privately, looking for causes, involving colleagues or families where appropriate, and recording what happened. Use STAR if you have a real example, and avoid describing public confrontations that escalate things.',
  },
  {
    key: 'f-education-upset-parent',
    text: 'A parent or carer emails you, upset about a mark or a report their child received. How do you handle it?',
    category: 'field-specific',
    fields: ['Education'],
    difficulty: 'medium',
    lookingFor:
      'Professional communication with families, and the ability to stay open while standing by fair judgements. They also check you know when to involve a senior colleague.',
    guide:
      'Say you would reply promptly and politely, and offer a call or meeting rather than arguing by email. Explain how you would prepare: the marking criteria, the work itself and any evidence of progress. In the conversation, listen first, explain how the mark was reached, and agree next steps to help the child. Mention involving a head of department or manager if the complaint continues or becomes personal.',
  },
  {
    key: 'f-education-technology-ai',
    text: 'How do you see digital tools and AI changing teaching and learning, and how would you handle learners using AI to do their work for them?',
    category: 'field-specific',
    fields: ['Education'],
    difficulty: 'medium',
    lookingFor:
      'A balanced, informed view of current trends and a practical approach to academic honesty. They want neither blind enthusiasm nor a refusal to engage.',
    guide:
      "Give an example of a digital tool that genuinely helped learning, and explain why it helped. On AI, describe designing tasks that show learners' thinking, such as drafts, in-class writing or spoken explanations, and teaching learners how to use AI tools openly and critically. Mention following the organisation's policy and treating suspected misuse as a conversation first.",
  },
  {
    key: 'f-education-safeguarding-disclosure',
    text: 'A child or young person tells you something that makes you worried about their safety at home. What do you do, and what do you avoid doing?',
    category: 'field-specific',
    fields: ['Education'],
    difficulty: 'hard',
    lookingFor:
      'Sound knowledge of safeguarding procedure. Interviewers are checking that you will report concerns properly and will not promise secrecy or investigate yourself.',
    guide:
      "Explain that you would stay calm, listen, and let the learner speak without leading questions. Say that you cannot promise to keep it secret and will tell only the people who need to know to keep them safe. Then report it the same day to the designated safeguarding lead, following the setting's procedure, and write down what was said in the learner's own words with the date and time. Avoid investigating, confronting the family or discussing it with other staff.",
  },
  {
    key: 'f-education-career-changer',
    text: 'You are moving into teaching or training from another career. What will you bring to learners, and how will you handle the parts of the job that subject knowledge cannot prepare you for?',
    category: 'field-specific',
    fields: ['Education'],
    difficulty: 'hard',
    lookingFor:
      'Whether your motivation is real and whether you understand that knowing a subject is not the same as teaching it. Behaviour, workload and planning are the usual shocks.',
    guide:
      'Name what you bring, such as real-world examples, workplace skills or experience of coaching colleagues. Show that you know the hard parts, like behaviour management, marking load and adapting for different learners, and say how you have prepared, for example through classroom observation, volunteering or a training course. Give a short story of a time you helped someone learn something and what you took from it.',
  },
  // Engineering (non-software)
  {
    key: 'f-engineering-reading-drawings',
    text: 'How do you read and check an engineering drawing or specification? What do you look at first, and which mistakes do you watch for?',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'easy',
    lookingFor:
      'Basic technical fluency and a careful checking habit. They want to know you would catch errors before they become expensive on site or in production.',
    guide:
      'Walk through a methodical order: title block and revision, scale and units, views and sections, dimensions and tolerances, materials and finishes, and notes. Mention common errors such as out-of-date revisions, missing or conflicting dimensions, tolerances that cannot be made, and unit mix-ups. Say what you would do when you find one: raise a query through the agreed process rather than quietly guessing.',
  },
  {
    key: 'f-engineering-analysis-tools',
    text: 'Which design, modelling or analysis tools have you used, and how do you check that what the software tells you is believable?',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'easy',
    lookingFor:
      'Practical tool experience combined with engineering judgement. They are wary of people who trust any result that comes out of a model.',
    guide:
      'Describe the types of tools you have used, such as 3D modelling, drafting, simulation or calculation spreadsheets, and what you used them for. Then explain your sense checks: hand calculations for orders of magnitude, checking boundary conditions and units, comparing with known cases, and having a colleague review critical work. A short example where a check caught an error is ideal.',
  },
  {
    key: 'f-engineering-trends',
    text: 'What changes in your branch of engineering are you watching, for example in energy efficiency, materials, automation or digital modelling, and how are you keeping up?',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'easy',
    lookingFor:
      'Curiosity and continued professional development. They want to see that you follow your field beyond the job you are doing.',
    guide:
      "Pick one or two trends that are real in your branch and explain why they matter in practice, for example lower-carbon materials, condition monitoring, or digital models shared across a project. Say how you keep up, such as professional body events, technical journals, courses or hands-on projects. Link it to the employer's work if you can.",
  },
  {
    key: 'f-engineering-design-tradeoff',
    text: 'Tell me about a design decision where you had to trade off cost, weight, strength, time or maintainability. How did you decide?',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'medium',
    lookingFor:
      'Structured decision-making and awareness that every design is a compromise. They want to see requirements, options and evidence, not just a preference.',
    guide:
      'Use STAR: the requirement and constraints, the options you considered, how you compared them (calculations, prototypes, supplier quotes, a simple scoring table) and the result. Be explicit about what you gave up and why that was acceptable. Mention who you consulted, such as manufacturing or maintenance, and what you would do differently now.',
  },
  {
    key: 'f-engineering-root-cause',
    text: 'A component keeps failing in service. Walk me through how you would find the root cause rather than just replacing it each time.',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'medium',
    lookingFor:
      'A disciplined problem-solving method. They are testing whether you gather evidence before jumping to a fix.',
    guide:
      "Describe collecting data first: failure history, operating conditions, the failed parts themselves and any changes in supplier or process. Mention structured tools such as asking 'why' repeatedly, a cause-and-effect diagram or a fault tree, and testing your theory. Explain putting in a fix, checking it actually worked over time, and sharing the lesson so it does not recur elsewhere.",
  },
  {
    key: 'f-engineering-working-with-shop-floor',
    text: 'How do you respond when technicians, tradespeople or the shop floor tell you your design will not work as drawn?',
    category: 'field-specific',
    fields: ['Engineering', 'Skilled trades'],
    difficulty: 'medium',
    lookingFor:
      'Humility and respect for practical expertise. Engineers who dismiss feedback from the people building their designs cause delays and safety issues.',
    guide:
      'Say you would go and see the problem for yourself, listen properly and ask what they would suggest. Explain how you would check any change against the requirements and safety, and then update the drawings through proper change control so the record stays accurate. A real STAR example where feedback from the floor improved a design shows you mean it.',
  },
  {
    key: 'f-engineering-career-changer',
    text: 'You are coming into engineering from a different industry, or from a trade or technician role. How will your experience transfer, and where do you expect a gap?',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'medium',
    lookingFor:
      'Honest self-assessment and a credible plan. They want to know what you can contribute early and how quickly you will learn the rest.',
    guide:
      "Name specific transferable strengths, such as hands-on knowledge of how things are built and maintained, fault-finding, or project and safety experience. Identify a realistic gap, such as particular standards, design software or theory, and say what you are doing to close it, such as a course, qualification or mentoring. Show you understand the employer's sector and why you want to work in it.",
  },
  {
    key: 'f-engineering-sign-off-pressure',
    text: 'You are under pressure to sign off a design or installation, but you are not satisfied that one calculation or test result is right. What do you do?',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'hard',
    lookingFor:
      "Professional integrity and an understanding of the engineer's duty for safety. They want someone who will not sign what they cannot stand behind, but who also works quickly to resolve the doubt.",
    guide:
      'Say clearly that you would not sign off until you were satisfied, and that you would explain the specific concern and its possible consequences to your manager in writing. Then show urgency: recheck the calculation, get an independent check, or propose a test, so the delay is as short as possible. Mention escalating further if you were overruled on a safety matter. A real STAR example, even a small one, is powerful here.',
  },
  {
    key: 'f-engineering-late-change',
    text: 'A client asks for a significant change late in a project. How do you assess the impact and manage the change properly?',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'hard',
    lookingFor:
      'Understanding of change control, risk and commercial impact. They want to see you protect safety, quality and the budget while keeping the client relationship.',
    guide:
      'Explain that you would first understand what the client needs and why, then assess effects on design, safety, cost, programme, approvals and other disciplines. Describe putting the options and their impacts in writing for the client to decide, and not starting work until the change is formally approved. Mention updating documents and telling everyone affected. Finish with a real example if you have one.',
  },
  // Finance
  {
    key: 'f-finance-bank-reconciliation',
    text: 'Walk me through how you carry out a bank reconciliation, and what you do when it does not balance.',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'easy',
    lookingFor:
      'Core bookkeeping knowledge and a methodical approach to finding differences. They want to know you will investigate rather than post a balancing figure.',
    guide:
      'Describe matching the bank statement to the ledger, ticking off items, and listing timing differences such as uncleared cheques or deposits in transit. For differences, explain checking for transposed figures, duplicates, missing bank charges or interest, and items posted to the wrong account or period. Say you would never force it to balance without explanation, and would escalate anything you could not trace.',
  },
  {
    key: 'f-finance-cash-versus-profit',
    text: 'In plain terms, explain the difference between profit and cash flow, and why a profitable business can still run out of cash.',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'easy',
    lookingFor:
      'Whether you understand a fundamental concept and can explain it simply. Explaining finance to non-specialists is a big part of many roles.',
    guide:
      'Explain that profit is income earned minus costs incurred in a period, while cash flow is money actually coming in and going out. Give a simple example: a business makes a large sale on ninety-day terms, but must pay staff and suppliers now. Mention other causes such as buying stock or equipment and repaying loans. Keep it short and clear; the clarity is part of the test.',
  },
  {
    key: 'f-finance-spreadsheet-models',
    text: 'How do you build a spreadsheet or financial model so that someone else can check it and trust the numbers?',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'medium',
    lookingFor:
      'Good modelling habits and an awareness of how spreadsheet errors happen. Trustworthy, reviewable work matters more than clever formulas.',
    guide:
      'Describe separating inputs, calculations and outputs, labelling assumptions clearly, and avoiding numbers typed into formulas. Mention consistent formulas across rows, checks that totals agree, version control and a short notes tab. Say you would ask someone to review important models and that you test with simple figures you can work out by hand.',
  },
  {
    key: 'f-finance-month-end-close',
    text: 'Describe a month-end close process you have worked in. Where does it usually get held up, and what have you done about it?',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'medium',
    lookingFor:
      'Practical understanding of close tasks such as accruals, prepayments, reconciliations and reporting, and an improvement mindset.',
    guide:
      'Outline the steps you were responsible for and the timetable. Identify a real bottleneck, such as late information from other departments, manual journals or unreconciled accounts. Use STAR to describe one change you made or suggested, such as a checklist, earlier cut-off reminders or a template, and the result in days saved or errors reduced.',
  },
  {
    key: 'f-finance-budget-holders',
    text: 'Budget holders keep missing your deadlines for accrual information and forecasts. How do you get what you need without damaging the relationship?',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'medium',
    lookingFor:
      'Influence without authority and an understanding of why non-finance colleagues find these requests a chore. They want firmness combined with helpfulness.',
    guide:
      'Explain that you would make the request easy: clear deadlines set well in advance, a simple template, and an explanation of why the information matters. Describe following up personally and offering to sit with people who struggle. Say when you would escalate, and how you would do so without blaming anyone. A STAR example with a measurable improvement makes the answer convincing.',
  },
  {
    key: 'f-finance-automation-trends',
    text: 'Automation and AI are taking over much of the routine processing in finance. Where do you think finance roles are heading, and how are you preparing?',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'medium',
    lookingFor:
      'A realistic view of change in the profession and a willingness to develop. They want people who can add judgement and analysis, not just process transactions.',
    guide:
      'Acknowledge what is being automated, such as invoice capture, bank matching and standard reports. Then explain where people still add value: checking exceptions, controls, analysis, business partnering and explaining numbers. Describe how you are building those skills, for example data tools, a professional qualification or working more closely with operational teams.',
  },
  {
    key: 'f-finance-career-changer',
    text: 'You have not worked in finance before, but you are good with numbers. How would you show us you can be trusted with accuracy and confidentiality from day one?',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'medium',
    lookingFor:
      'Evidence of accuracy, discretion and willingness to learn the technical side. Being good with numbers alone is not enough.',
    guide:
      'Give concrete evidence of accuracy from past work, such as cash handling with no discrepancies, stock counts or payroll data. Show discretion with an example of handling confidential information. Be clear about what you are doing to learn the basics, such as a bookkeeping course or studying for an entry-level qualification, and say you expect to double-check your work until you know the systems.',
  },
  {
    key: 'f-finance-variance-explanation',
    text: 'A cost line is 20% over budget this quarter. How would you work out why, and how would you explain it to a manager who is not a finance specialist?',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'hard',
    lookingFor:
      'Analytical method and clear communication. They want to see you separate real overspending from timing, coding errors and volume changes.',
    guide:
      'Describe checking first for errors and timing: miscoded invoices, accruals in the wrong period, one-off items. Then split the real variance into causes such as price, volume or a change in activity, using the underlying transactions. For the explanation, lead with the headline and the cause in plain language, then say whether it will continue and what the options are. Avoid jargon and blame.',
  },
  {
    key: 'f-finance-suspicious-payments',
    text: 'You notice a series of payments to a supplier that look slightly odd, and they were approved by a senior manager. What do you do?',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'hard',
    lookingFor:
      'Integrity and knowledge of internal controls and reporting routes. They are checking you will act on a concern without making accusations or tipping anyone off.',
    guide:
      'Explain that you would first check the facts quietly: contracts, purchase orders, delivery evidence and supplier details. If it still looks wrong, say you would report it through the proper route, such as your own manager, the financial controller, internal audit or a whistleblowing line, rather than confronting the approver. Stress keeping accurate notes and keeping it confidential. Seniority of the approver should not change what you do.',
  },
  // Healthcare
  {
    key: 'f-healthcare-infection-control',
    text: 'What does good infection prevention and control look like in your everyday work?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'easy',
    lookingFor:
      'Solid, automatic habits that protect patients, residents and staff. They want practical detail, not a vague mention of hygiene.',
    guide:
      'Cover hand hygiene at the right moments, correct use and removal of gloves, aprons and masks, cleaning equipment between people, safe handling of waste, linen and sharps, and staying away from work when you are infectious. Mention following local policy and reminding colleagues politely when standards slip. If you can, give an example from practice, such as caring for someone in isolation.',
  },
  {
    key: 'f-healthcare-handover',
    text: 'How do you give and receive a handover at the change of shift so that nothing important is missed?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'easy',
    lookingFor:
      'Safe communication and teamwork. Many mistakes in care happen at handover, so they want to see structure and good records.',
    guide:
      "Describe using a consistent structure, for example the person's situation, background, your assessment and what needs to happen next. Mention checking written records match what is said, flagging outstanding tasks, risks and anything that changed, and asking questions when you receive a handover. Say that you write your notes at the time, clearly and factually, so the next person can rely on them.",
  },
  {
    key: 'f-healthcare-dignity-personal-care',
    text: "How do you protect a person's dignity and independence when you are helping them with personal care?",
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'easy',
    lookingFor:
      'Person-centred values that show up in small, specific actions. This question matters especially for care aides and support workers.',
    guide:
      "Give concrete actions: asking consent and explaining what you are doing, closing doors and curtains, keeping the person covered, letting them do what they can for themselves, and respecting their preferences and routines. Mention cultural and religious needs and how you would find them out. A brief real example of adapting care to someone's wishes is more convincing than a list.",
  },
  {
    key: 'f-healthcare-relative-confidentiality',
    text: 'Someone phones saying they are a relative and asks for an update on a patient, but you cannot confirm who they are. How do you handle it?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'medium',
    lookingFor:
      'Understanding of patient confidentiality and consent, balanced with compassion for worried families. This applies to nurses, care staff and clinic admin alike.',
    guide:
      "Say you would not confirm any details, including whether the person is there, until you were sure of the caller's identity and the patient's consent to share. Explain the options: checking the patient's recorded wishes, taking a number and calling back, or asking the patient or the nurse in charge. Stay warm and explain that the rules protect their relative. Mention recording the call if the setting requires it.",
  },
  {
    key: 'f-healthcare-busy-reception-chest-pain',
    text: 'You are on a busy clinic reception. The phones are ringing, there is a queue, and a patient at the desk quietly says they have chest pain. What do you do?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'medium',
    lookingFor:
      'Whether you can spot an emergency among routine work and act without hesitation. Clinic admin staff are often the first to hear about serious symptoms.',
    guide:
      'Say that the chest pain comes first: you would immediately alert a clinician or follow the emergency procedure, which may mean calling emergency services, and make sure the patient is not left alone. The queue and phones can wait or be covered by a colleague. Afterwards, explain you would record what happened and report it as your setting requires. Show you know your limits: you would not assess the symptoms yourself.',
  },
  {
    key: 'f-healthcare-trends',
    text: 'How are changes such as virtual appointments, electronic records and an ageing population affecting the kind of work you would be doing?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'medium',
    lookingFor:
      'Awareness of how care is changing and willingness to adapt. They also want to see you think about patients who struggle with technology.',
    guide:
      'Pick one or two changes and link them to daily work: for example, electronic records need accurate real-time entries, virtual appointments need clear communication and checks on who can use them, and more people living with several long-term conditions means more complex care. Mention how you keep your training up to date. Avoid vague statements; one grounded example is enough.',
  },
  {
    key: 'f-healthcare-newcomer-emotional',
    text: 'You are new to healthcare. What has prepared you for the emotional side of the work, including seeing people in pain, distressed or at the end of their life?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'medium',
    lookingFor:
      'Realistic expectations, resilience and healthy ways of coping. They want to be confident you will stay compassionate without burning out.',
    guide:
      'Share relevant experience honestly, such as caring for a family member, volunteering or a previous job dealing with people in difficult moments. Show you understand what the work involves, including personal care, difficult conversations and death. Describe how you look after yourself, for example talking to colleagues, supervision or keeping a life outside work. Avoid claiming you are never affected.',
  },
  {
    key: 'f-healthcare-deteriorating-patient',
    text: 'During your shift you notice a patient or resident seems more confused and breathless than they were earlier. What do you do?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'hard',
    lookingFor:
      'Recognising deterioration and escalating promptly through the right route. Delay is the main danger, so they want to hear clear, immediate action.',
    guide:
      "Say you would stay with the person, make sure they are safe, and get help straight away from the nurse in charge or the responsible clinician, or call for emergency help if they seem seriously unwell. If it is within your role, mention taking and recording observations using the setting's early warning system. Explain that you would pass on clear facts about what changed and when, and record everything. Show that you would escalate again if you felt you were not being heard.",
  },
  {
    key: 'f-healthcare-reporting-mistakes',
    text: 'You realise you have made a mistake, such as a missed medication, a wrong entry in the records or a task not done. What do you do?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'hard',
    lookingFor:
      'Honesty, openness and putting patient safety first. Healthcare depends on people reporting errors so that harm is limited and systems improve.',
    guide:
      "Explain that you would first make sure the person is safe and tell the nurse in charge or your manager immediately so the right action can be taken. Then report it through the incident system, correct records in the approved way without altering the original entry, and be open with the person and their family as your organisation's policy requires. Finish with what you would learn from it. A real, modest example shows maturity.",
  },
  // Hospitality
  {
    key: 'f-hospitality-food-safety',
    text: 'What food safety practices do you follow without even thinking about it, and why do they matter?',
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'easy',
    lookingFor:
      'Whether food safety is a habit for you, not just a certificate. This matters in kitchens but also for anyone who serves or handles food.',
    guide:
      "Give specific habits: handwashing, separate boards and utensils for raw and cooked food, checking and recording fridge and cooking temperatures, labelling and dating food, stock rotation, and clean-as-you-go. Mention reporting illness and following the kitchen's safety records. Explain briefly why, for example that cross-contamination and poor temperature control are the main causes of food poisoning.",
  },
  {
    key: 'f-hospitality-upselling',
    text: 'How do you suggest extras, such as a room upgrade, a side dish or a better bottle of wine, without being pushy?',
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'easy',
    lookingFor:
      "Whether you can increase spending in a way that improves the guest's experience. They want natural recommendations, not a hard sell.",
    guide:
      "Explain that you listen for clues, such as a special occasion or a long journey, and suggest something that fits. Describe making a genuine, specific recommendation you can stand behind and accepting a 'no' gracefully. A short example with a result, such as a guest who came back or a good review, shows it works.",
  },
  {
    key: 'f-hospitality-newcomer-hours',
    text: 'You have not worked in hospitality before. How will you cope with shift work, weekends, busy periods and long hours on your feet?',
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'easy',
    lookingFor:
      'Realistic expectations and reliability. Staff who leave after the first busy weekend are a big cost, so they want to see you have thought it through.',
    guide:
      'Show you know what the work is really like and explain why it suits you, for example you like being busy and working with people. Give evidence of stamina and reliability from other jobs, sport, volunteering or study. Mention your practical arrangements, such as transport for late finishes. Stay positive and honest about your availability.',
  },
  {
    key: 'f-hospitality-overbooked',
    text: 'A guest arrives late at night and the hotel is overbooked, so the room they booked is not available. How do you handle it?',
    category: 'field-specific',
    fields: ['Hospitality', 'Customer service'],
    difficulty: 'medium',
    lookingFor:
      "Calm problem-solving at the front desk and taking ownership of a situation you did not cause. They want you to protect the guest's experience and the hotel's reputation.",
    guide:
      "Explain that you would apologise sincerely and privately, without blaming colleagues, and already have options ready: another room type, a nearby hotel of similar or better standard, transport paid for, and something to make amends. Follow your hotel's policy on relocating guests and make sure it is recorded and handed over. Say how you would follow up the next day. A real example told with STAR is ideal.",
  },
  {
    key: 'f-hospitality-service-communication',
    text: 'Describe how you keep communication clear during a busy service, between front of house and the kitchen, or across your team.',
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'medium',
    lookingFor:
      'Teamwork under pressure. Clear communication prevents wrong orders, long waits and allergy mistakes.',
    guide:
      "Give concrete practices: a briefing before service about specials, shortages and bookings, clear calls and confirming orders back, telling guests early about delays, and keeping your temper when others are stressed. Mention a STAR example where communication saved a difficult service or where a breakdown taught you something. Show you care about the whole team's service, not just your section.",
  },
  {
    key: 'f-hospitality-event-running-order',
    text: 'You are running an event for 150 guests. What goes into your running order and checklists, and what do you check on the day?',
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'medium',
    lookingFor:
      'Organisation and attention to detail in event delivery. They want to know you plan for problems before they happen.',
    guide:
      'Describe a timed running order with who is responsible for each part, supplier arrival times, room layout, equipment, catering timings and dietary requirements. Mention contingency plans for late suppliers, bad weather or equipment failure, and emergency and accessibility arrangements. On the day, explain walking the venue early, briefing staff, and staying in touch with the client. A real example helps.',
  },
  {
    key: 'f-hospitality-trends',
    text: "How are online booking, self check-in, digital ordering and guests' expectations around sustainability changing hospitality work?",
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'medium',
    lookingFor:
      "Awareness of the industry and an understanding that technology changes the guest's experience rather than replacing hospitality.",
    guide:
      'Pick one or two changes you have seen and explain the effect: for example, self-service frees time for personal contact, and guests increasingly ask about food waste, local sourcing or energy use. Say how you would handle guests who struggle with the technology. Show that good service is still the point and technology should support it.',
  },
  {
    key: 'f-hospitality-allergy-after-order',
    text: 'A diner tells their server they have a severe nut allergy after the order has already gone through to the kitchen. What should happen next?',
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'hard',
    lookingFor:
      'Whether you treat allergies as a safety issue with a clear process. Mistakes here can be fatal, and they want to hear that you would stop and check rather than hope.',
    guide:
      "Explain that the server should tell the kitchen immediately and the chef or manager should check the dish's ingredients using the allergen information, including sauces, oils and possible cross-contact. If it cannot be made safely, the guest should be told honestly and offered an alternative. Describe clear labelling and hand delivery of the dish, and recording allergies on the order. Mention knowing the emergency procedure if a guest reacts.",
  },
  {
    key: 'f-hospitality-refusing-service',
    text: 'A guest who has clearly had too much to drink asks for another round and gets annoyed when you hesitate. What do you do?',
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'hard',
    lookingFor:
      'Knowledge of responsible alcohol service and the ability to say no safely. Serving someone who is drunk can break the law and put people at risk.',
    guide:
      'Say you would refuse politely and privately, without embarrassing them, and offer water, food or a soft drink. Explain telling your manager or colleagues so everyone is consistent and so nobody else serves them. Mention helping them get home safely, such as calling a taxi, and asking security or the manager to step in if they become aggressive. Record the incident as your venue requires.',
  },
  // Human resources
  {
    key: 'f-hr-systems-records',
    text: 'What HR systems have you used, and how do you keep employee records accurate, up to date and secure?',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'easy',
    lookingFor:
      'Practical systems experience and respect for personal data. Inaccurate records cause pay errors and legal risk.',
    guide:
      'Describe the types of systems you have used, such as HR databases, payroll links or applicant tracking, and the tasks you did in them. Explain your accuracy habits: checking changes against signed documents, regular audits and clear cut-off dates for payroll. Mention access controls, keeping records only as long as needed and sharing information only with those entitled to see it.',
  },
  {
    key: 'f-hr-fair-hiring',
    text: 'How would you make a hiring process fairer and reduce bias, from the job advert to the final decision?',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'easy',
    lookingFor:
      'Knowledge of good recruitment practice and equality in hiring. They want practical steps rather than good intentions.',
    guide:
      'Work through the stages: inclusive, plain-language adverts that list only genuine requirements; structured interviews with the same questions and a scoring guide; more than one interviewer; and adjustments for candidates who need them. Mention recording reasons for decisions and reviewing data on who applies and who is hired. A short example of a change you made or saw work will help.',
  },
  {
    key: 'f-hr-what-the-job-is',
    text: 'You are moving into HR from another role. People often say they want to work in HR because they like people. What do you understand the job actually involves?',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'easy',
    lookingFor:
      'Realistic understanding of HR work, including policy, law, data and difficult conversations. They want to hear that you can support the organisation as well as individuals.',
    guide:
      'Show that you know HR includes administration, employment law, policies, disciplinary and grievance cases, absence management, redundancies and confidential information, as well as recruitment and development. Link your past experience to those tasks, such as handling sensitive matters, managing records or training staff. Mention any study you have started. Avoid making it only about helping people feel good.',
  },
  {
    key: 'f-hr-employment-law-basics',
    text: 'Which areas of employment law come up most in day-to-day HR work, and how do you make sure you are applying the current rules where you work?',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'medium',
    lookingFor:
      'A working grasp of the law that affects everyday decisions and the humility to check. Employment law differs by country and changes often.',
    guide:
      'Name common areas such as contracts, working hours and leave, discrimination and equality, family leave, dismissal procedures, health and safety and data protection. Explain how you stay current, for example official government guidance, professional body updates and legal advice for complex cases. Give an example of when checking the rules changed what you did.',
  },
  {
    key: 'f-hr-disciplinary-process',
    text: 'Walk me through a fair disciplinary or performance process, from the first concern to the outcome.',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'medium',
    lookingFor:
      'Procedural knowledge and fairness. A poorly run process can lead to legal claims even when the concern is real.',
    guide:
      'Outline the stages: informal conversation where appropriate, investigation, written invitation to a meeting with the evidence, the right to be accompanied, a hearing, a decision in writing and a right of appeal. Stress consistency with policy, keeping records and considering any health or personal factors. Say what support you would give both the manager and the employee. Use a real case, anonymised, if you have one.',
  },
  {
    key: 'f-hr-building-trust-with-managers',
    text: 'How do you build trust with managers so that they come to HR early, rather than after a problem has blown up?',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'medium',
    lookingFor:
      'Business partnering skills and credibility. They want HR people who are seen as useful, not just as rule enforcers.',
    guide:
      'Describe being visible and approachable, learning how the teams work, responding quickly and giving practical advice with options rather than simply saying no. Mention sharing useful data such as absence or turnover trends. Give a STAR example of a manager who came to you early and what that prevented. Show you keep your independence when a manager wants you to just agree.',
  },
  {
    key: 'f-hr-trends',
    text: 'Which workplace trends, such as hybrid working, skills-based hiring, wellbeing or AI in recruitment, do you think HR most needs to get right in the next few years?',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'medium',
    lookingFor:
      'Awareness of where the profession is going and a balanced view of risks and benefits. They want opinions you can back up.',
    guide:
      'Choose one or two trends and give a considered view of the opportunity and the risk. For example, AI screening can save time but may carry bias and needs human review and transparency with candidates; hybrid working needs fair rules on who gets flexibility. Say how you keep informed and what you would do in practice.',
  },
  {
    key: 'f-hr-remove-by-friday',
    text: "A manager tells you they want an employee 'gone by Friday' for poor performance, but there is no documentation of any concerns. What do you do?",
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'hard',
    lookingFor:
      'Whether you can push back on a manager constructively and protect the organisation from legal risk. They want firm advice delivered in a helpful way.',
    guide:
      "Explain that you would listen to the manager's frustration and find out what the problems are and how long they have been going on. Then set out the risks of dismissing without a fair process, and offer a practical plan: clear expectations, support, regular reviews and documented meetings. Mention checking for any underlying issue such as health or discrimination. Put your advice in writing and escalate if the manager insists on acting unfairly.",
  },
  {
    key: 'f-hr-confidential-harassment',
    text: 'An employee wants to tell you about harassment by their manager, but first asks you to promise to keep it completely confidential. How do you respond?',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'hard',
    lookingFor:
      'Understanding of the limits of confidentiality and your duty to act on serious concerns. Promising total secrecy is a classic mistake.',
    guide:
      "Say you would thank them and explain honestly, before they go on, that you will keep it as confidential as possible but cannot promise to do nothing if there is a risk to them or others. Explain their options, such as informal resolution, a formal grievance and support services, and the protection against retaliation. Describe recording the conversation accurately and following the organisation's policy. Show empathy throughout.",
  },
  // Legal
  {
    key: 'f-legal-deadline-tracking',
    text: 'How do you keep track of court dates, limitation periods and filing deadlines so that nothing is missed?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'easy',
    lookingFor:
      'Reliable organisation and an understanding that missed deadlines can harm clients and lead to negligence claims.',
    guide:
      "Describe using the firm's case management system or a shared calendar, entering dates as soon as they are known, setting reminders well before each deadline and double-checking how each deadline is calculated. Mention confirming dates with the supervising lawyer and keeping a backup record. A short example of catching a deadline problem early makes the answer convincing.",
  },
  {
    key: 'f-legal-clear-drafting',
    text: 'What makes a piece of legal writing, such as a client letter or a contract clause, clear and safe?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'easy',
    lookingFor:
      'Precision, plain language where possible and careful checking. Ambiguous drafting creates disputes.',
    guide:
      'Mention using defined terms consistently, avoiding ambiguity, keeping sentences short, and adapting the style for the reader, so a client letter is in plain language. Describe checking cross-references, names, dates and figures, and using approved precedents or templates carefully rather than copying old documents blindly. Say you would ask the supervising lawyer to review anything you are unsure of.',
  },
  {
    key: 'f-legal-conflict-check',
    text: 'What is a conflict of interest check, and what would you do if you found a possible conflict on a new matter?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'medium',
    lookingFor:
      'Knowledge of a core professional duty and the judgement to stop and escalate. Acting despite a conflict can break professional rules and harm clients.',
    guide:
      "Explain that it checks whether the firm already acts for, or has acted for, anyone whose interests might clash with a new client, including related companies and individuals. Describe searching the firm's records thoroughly for all parties. If you find a possible conflict, say you would stop, not start work or share information, and refer it to the responsible lawyer or risk team to decide. Mention recording the check.",
  },
  {
    key: 'f-legal-document-review',
    text: 'Talk me through how you would review a large set of documents for a case or transaction. How do you stay accurate over many hours?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'medium',
    lookingFor:
      'A methodical approach and awareness of review tools. They want consistent decisions and flagged issues, not just speed.',
    guide:
      'Describe understanding the purpose and key issues first, agreeing clear criteria and tags, and using the review platform or a tracking spreadsheet consistently. Mention flagging privileged or sensitive documents, keeping a log of questions and checking a sample of your own work. Talk about managing concentration with breaks and steady targets. If you have used search or technology-assisted review, explain briefly how.',
  },
  {
    key: 'f-legal-research-method',
    text: 'How do you research a legal question you have never come across before, and how do you know that the source you found is still good law?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'medium',
    lookingFor:
      'Sound research method and checking habits. Relying on outdated or overturned authority is a serious error.',
    guide:
      'Describe starting with a practitioner text or overview to understand the area, then moving to legislation and case law using reliable legal databases. Explain checking that legislation is in force and up to date, and that cases have not been overturned or disapproved. Mention recording your sources and summarising your findings clearly for the lawyer, with any uncertainty made explicit.',
  },
  {
    key: 'f-legal-technology-ai',
    text: 'How are technology and AI tools changing legal work, and what are the risks of relying on them?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'medium',
    lookingFor:
      'Awareness of current trends and a clear sense of professional responsibility. They want you to use tools well without trusting them blindly.',
    guide:
      "Mention uses such as document review, drafting first versions, research and case management. Then name the risks: invented or inaccurate citations, confidentiality of client data entered into tools, and the fact that the professional remains responsible. Explain that you would follow the firm's policy, verify every output against primary sources and never put client information into unapproved tools.",
  },
  {
    key: 'f-legal-newcomer',
    text: 'You do not have a legal background. Why legal work, and how would you handle the precision and confidentiality it demands?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'medium',
    lookingFor:
      'Genuine motivation and evidence that you already work carefully and discreetly. They want to know you will not find detailed, document-heavy work tedious.',
    guide:
      "Give a specific reason for your interest, such as an experience, a course or an area of law connected to your past work. Provide evidence of precision and discretion, such as handling contracts, compliance records, confidential HR or financial information. Say what you are doing to learn, for example a paralegal course or reading about the firm's practice area.",
  },
  {
    key: 'f-legal-misdirected-privileged-email',
    text: "You realise you have received an email from the other side's lawyers that seems to have been meant for their own client, and it looks privileged. What do you do?",
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'hard',
    lookingFor:
      'Professional ethics under pressure. They want to see that you would stop, not exploit the mistake, and escalate straight away.',
    guide:
      "Say you would stop reading as soon as you realised what it was, not forward or discuss it, and tell your supervising lawyer immediately. Explain that professional rules on what happens next differ by jurisdiction, so the lawyer decides how to notify the other side and deal with the document. Mention recording what happened. Show that honesty and the firm's reputation come before any tactical advantage.",
  },
  {
    key: 'f-legal-anxious-client',
    text: 'A client calls, anxious, asking whether they are going to win their case, and the lawyer handling it is not available. What do you say?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'hard',
    lookingFor:
      'Client care within the limits of your role. Non-lawyers must not give legal advice or predictions, but they should still leave the client feeling heard.',
    guide:
      'Explain that you would listen, acknowledge their worry, and say honestly that you cannot give an opinion on the outcome but will make sure the lawyer knows it is urgent. Offer anything you properly can, such as confirming the next date in the case or what the next step is. Take a clear message, agree when they will be called back and make sure it happens. Record the call on the file.',
  },
  // Logistics
  {
    key: 'f-logistics-picking-accuracy',
    text: 'How do you keep your picking and packing accurate when you are working to tight rate targets?',
    category: 'field-specific',
    fields: ['Logistics'],
    difficulty: 'easy',
    lookingFor:
      'Whether you understand that errors cost more than a slightly slower pick. They want steady habits that keep both speed and accuracy high.',
    guide:
      'Describe practical habits: scanning every item, checking product codes and quantities rather than just the picture, keeping your workspace organised, and reporting damaged or mislabelled stock. Mention learning the warehouse layout to work faster without rushing. If you have figures, such as your rate and error percentage, share them.',
  },
  {
    key: 'f-logistics-warehouse-safety',
    text: 'What are the main safety risks in a warehouse, depot or yard, and what do you do to keep yourself and others safe?',
    category: 'field-specific',
    fields: ['Logistics'],
    difficulty: 'easy',
    lookingFor:
      'Safety awareness that you act on. Warehouses and yards have serious risks, so they want people who follow the rules and speak up.',
    guide:
      'Name real risks: forklifts and other vehicles near pedestrians, manual handling, working at height, falling loads, slips and trips, and fatigue. Describe what you do: using walkways, wearing the right protective equipment, checking equipment before use, lifting correctly, keeping aisles clear and reporting hazards and near misses. Mention any licences or training you hold, such as for lift trucks.',
  },
  {
    key: 'f-logistics-newcomer',
    text: 'You are coming into logistics from a different kind of work. What from your background fits a fast-moving, target-driven environment?',
    category: 'field-specific',
    fields: ['Logistics'],
    difficulty: 'easy',
    lookingFor:
      'Reliability, stamina and willingness to work to targets and shifts. They want evidence rather than general enthusiasm.',
    guide:
      'Give examples of working to deadlines or targets, physical work, shift patterns or attention to detail, such as retail stock work, kitchens, manufacturing or the armed forces. Show you understand the reality: early starts or nights, repetitive tasks, measured performance and strict safety rules. Mention any tickets or training you have or plan to get.',
  },
  {
    key: 'f-logistics-systems-data',
    text: 'What warehouse, transport or inventory systems have you used, and how did you make sure the data in them was right?',
    category: 'field-specific',
    fields: ['Logistics'],
    difficulty: 'medium',
    lookingFor:
      'Systems experience and an understanding that logistics runs on accurate data. Bad data causes lost stock, missed deliveries and wrong orders.',
    guide:
      'Describe the kinds of systems you have used, such as warehouse management, handheld scanners, route planning or stock control spreadsheets, and the tasks you did with them. Explain how you kept data accurate: scanning at every movement, cycle counts, correcting errors through the proper process and raising system problems. A short STAR example of fixing a data problem will stand out.',
  },
  {
    key: 'f-logistics-stock-rotation',
    text: 'Explain the difference between first-in-first-out and first-expired-first-out, and when each matters. How else do you keep inventory healthy?',
    category: 'field-specific',
    fields: ['Logistics', 'Operations'],
    difficulty: 'medium',
    lookingFor:
      'Core inventory knowledge and an understanding of its cost. They want to see you know why stock rotation, counts and slotting matter.',
    guide:
      'Explain that first-in-first-out ships the oldest stock first, while first-expired-first-out ships whatever has the earliest use-by or expiry date, which matters for food, medicines and chemicals. Then mention other practices: regular cycle counts, reorder points, slotting fast-moving items near dispatch, and flagging slow-moving or damaged stock. Keep it practical and link it to cost and customer service.',
  },
  {
    key: 'f-logistics-missed-collection',
    text: 'How do you work with drivers, carriers or the next shift when things go wrong, for example when a collection is missed?',
    category: 'field-specific',
    fields: ['Logistics'],
    difficulty: 'medium',
    lookingFor:
      'Calm communication across companies and shifts. Logistics depends on many people outside your control, so they want cooperation rather than blame.',
    guide:
      'Use a STAR example if you have one. Describe finding out the facts quickly, contacting the carrier or driver politely but firmly, agreeing a new plan and telling the customer or your supervisor what will happen. Mention a clear handover to the next shift and recording the problem so patterns can be tackled. Show respect for drivers and other teams.',
  },
  {
    key: 'f-logistics-trends',
    text: 'What trends, such as warehouse automation, same-day delivery expectations or lower-emission transport, are changing logistics work?',
    category: 'field-specific',
    fields: ['Logistics'],
    difficulty: 'medium',
    lookingFor: 'Interest in the industry and willingness to adapt to new equipment and ways of working.',
    guide:
      'Pick one or two trends and explain what they mean on the ground: for example, robots and automated storage change picking roles toward supervision and fault-fixing, and tighter delivery windows make planning and data accuracy more important. Mention any experience with new technology and your willingness to train. Keep the answer grounded in real work.',
  },
  {
    key: 'f-logistics-stock-discrepancy',
    text: 'The system says there are 200 units in a location, but you can only find 140. What do you do?',
    category: 'field-specific',
    fields: ['Logistics'],
    difficulty: 'hard',
    lookingFor:
      'A methodical investigation and honesty with records. They want to see that you look for the cause before adjusting anything.',
    guide:
      'Describe checking nearby locations, overflow areas and goods waiting to be put away, then reviewing recent movements in the system: receipts, picks, transfers and returns. Explain that you would report the discrepancy to your supervisor or stock control and follow the procedure for adjustments rather than changing the figure yourself. Mention looking for the root cause, such as a receiving error or mis-scans, and any possible theft being handled through the proper route.',
  },
  {
    key: 'f-logistics-delayed-inbound',
    text: 'A key inbound shipment is delayed by four days and a large customer order depends on it. Walk me through what you do.',
    category: 'field-specific',
    fields: ['Logistics', 'Operations'],
    difficulty: 'hard',
    lookingFor:
      'Problem-solving under pressure, knowledge of options and early, honest communication with the customer and internal teams.',
    guide:
      'Start with confirming the facts: the new arrival date and how sure it is, and what exactly the customer order needs. Then list options: stock at other sites, part shipments, alternative suppliers, faster transport for the last leg, or reprioritising other orders. Explain telling the customer and sales team early with a realistic plan. Finish with what you would review afterwards, such as safety stock or supplier performance.',
  },
  // Marketing
  {
    key: 'f-marketing-creative-brief',
    text: 'What should a good creative or campaign brief contain, and how do you respond when you are handed a vague one?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'easy',
    lookingFor:
      'Understanding of how marketing work is planned and the confidence to ask questions before starting. Vague briefs waste time and budget.',
    guide:
      'List the essentials: the objective, target audience, key message, channels, budget, deadline, mandatory elements and how success will be measured. For a vague brief, explain that you would ask focused questions and write back a short summary of your understanding for agreement. A quick example of a brief you improved makes it real.',
  },
  {
    key: 'f-marketing-tools',
    text: 'Which marketing tools have you used, for example for email, scheduling social media, analytics or managing website content, and what did you use them for?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'easy',
    lookingFor:
      'Practical, hands-on experience and the ability to learn new platforms. They care more about what you achieved than about a list of names.',
    guide:
      'Describe the types of tools in general terms and, for each, a task and a result, such as building an email campaign and improving its open rate. Say how you learn a new platform quickly. If your experience is limited, mention personal projects, volunteering or free training courses where you used similar tools.',
  },
  {
    key: 'f-marketing-measuring-campaigns',
    text: 'How do you decide whether a campaign worked? Which measures would you choose before it launches?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'medium',
    lookingFor:
      'Commercial thinking and an understanding of the difference between activity measures and real outcomes. They want someone who sets goals up front.',
    guide:
      'Explain that you start from the business goal, such as enquiries, sales or sign-ups, and choose a small set of measures that link to it, plus a baseline to compare against. Distinguish surface measures like impressions and likes from outcomes like conversions and cost per acquisition. Mention tracking set up before launch and reviewing results honestly, including when something did not work.',
  },
  {
    key: 'f-marketing-small-budget',
    text: 'You have a small budget and six weeks to raise awareness of a local service. What would you do?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'medium',
    lookingFor:
      'Resourcefulness, prioritisation and a clear plan. They want to see you focus on the audience, not on using every channel.',
    guide:
      'Start by defining who you need to reach and where they already spend time. Propose a focused plan with two or three channels, such as local partnerships, community groups, targeted social ads, online listings and reviews, and explain why. Include a simple timeline, what you would measure each week and how you would shift budget toward what works.',
  },
  {
    key: 'f-marketing-sales-leads',
    text: 'The sales team says the leads marketing sends them are poor. How would you work with them to sort it out?',
    category: 'field-specific',
    fields: ['Marketing', 'Sales'],
    difficulty: 'medium',
    lookingFor:
      'Collaboration across teams without getting defensive. They want evidence-based problem solving and a shared definition of a good lead.',
    guide:
      'Explain that you would meet sales, listen to specific examples and look at the data together, such as which sources convert and which do not. Describe agreeing a shared definition of a qualified lead, a feedback loop and a handover process. Use STAR if you have an example and finish with a measurable result. Avoid turning it into a blame contest.',
  },
  {
    key: 'f-marketing-trends',
    text: 'How are AI-generated content, stricter privacy rules and the decline of third-party tracking affecting how you would plan marketing?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'medium',
    lookingFor:
      'Current knowledge of the field and a practical response to change. They want to see you understand both opportunities and risks.',
    guide:
      'For AI content, explain how it can speed up drafts and variations, and why human editing, brand voice and fact-checking still matter. For privacy and tracking, mention relying more on first-party data collected with consent, contextual targeting and measuring with less individual tracking. Give a specific example of something you would do differently as a result.',
  },
  {
    key: 'f-marketing-career-changer',
    text: 'You are moving into marketing from another field. How would you show us you understand customers and can judge results, not just make things look good?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'medium',
    lookingFor:
      'Customer insight and analytical thinking from your past work, plus evidence of marketing effort of your own.',
    guide:
      "Show customer understanding from previous roles, such as sales, retail, service or a specialist industry where you know the buyers well. Give a concrete example of something you promoted, even on a small scale, with the result and what you learned. Mention training or self-study in areas like analytics or copywriting. Link your background to the employer's market.",
  },
  {
    key: 'f-marketing-claims-compliance',
    text: 'Sales wants a headline claim in an advert that you are not sure can be backed up. How do you handle it, and what rules on advertising and consent do you keep in mind?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'hard',
    lookingFor:
      "Understanding that advertising claims must be truthful and provable, and that marketing data needs proper consent. They want someone who protects the business's reputation while still helping sales.",
    guide:
      'Explain that you would ask for the evidence behind the claim and, if it is not there, propose a version that is accurate and still compelling. Mention the general principles: claims must be truthful, not misleading and substantiated; comparisons must be fair; and email or text marketing needs the right consent under data protection rules. Say you would involve legal or compliance colleagues where unsure. A real example strengthens the answer.',
  },
  {
    key: 'f-marketing-channel-drop',
    text: 'A channel that used to bring in most of your leads has dropped by 40% in two months. How do you investigate?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'hard',
    lookingFor:
      'Structured analysis and calm under pressure. They want to see you check measurement problems before assuming the market has changed.',
    guide:
      'Describe checking tracking first: broken tags, changed forms, or analytics settings. Then look at what changed: platform rules or algorithms, competitors, seasonality, your own content or budget, and website changes. Explain breaking the data down by audience, device and campaign to locate the drop. Finish with a short-term plan to protect leads and a longer-term plan to rely less on one channel.',
  },
  // Operations
  {
    key: 'f-operations-kpis',
    text: 'Which key performance measures would you track in an operation like ours, and how would you use them day to day?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'easy',
    lookingFor:
      'Whether you manage with data and choose measures that drive the right behaviour. They want a few meaningful measures acted on, not dozens ignored.',
    guide:
      'Suggest a handful of measures suited to the business, such as output, on-time delivery, quality or error rates, cost per unit, safety incidents and staff absence. Explain how you would use them: a short daily or weekly review, visible boards, and action when a measure moves. Mention watching for measures that encourage cutting corners. A real example from your past role helps.',
  },
  {
    key: 'f-operations-writing-procedures',
    text: 'How do you write a standard operating procedure that people will actually follow?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'easy',
    lookingFor:
      'Practical process thinking and respect for the people doing the work. Procedures nobody reads do not improve anything.',
    guide:
      'Explain writing it with the people who do the task, watching the job being done, and keeping it short with numbered steps, photos or diagrams. Mention including safety points and what to do when something goes wrong, trialling it, and reviewing it regularly. Say how you would train people on it and check it is being followed.',
  },
  {
    key: 'f-operations-process-improvement',
    text: 'Tell me about a process you improved. How did you measure it before and after?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'medium',
    lookingFor:
      'Evidence of continuous improvement with measurable results. They want to see you involved the people who do the work and checked the change stuck.',
    guide:
      'Use STAR: the situation and the problem, your role, what you did (mapping the process, finding waste or bottlenecks, testing a change) and the result with numbers, such as time saved, errors reduced or cost cut. Mention how you brought people with you and made the change permanent. Avoid examples where the improvement was not measured.',
  },
  {
    key: 'f-operations-safety-in-practice',
    text: 'As a supervisor or manager, what is your part in health and safety, and how do you make sure procedures are actually followed, not just written down?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'medium',
    lookingFor: "Ownership of safety as a manager's duty and practical ways of building a safety culture.",
    guide:
      'Explain your responsibilities: risk assessments, training, safe equipment and systems of work, and dealing with incidents. Describe making safety visible: walking the floor, stopping unsafe work, encouraging near-miss reporting without blame, and setting the example yourself. Give a STAR example of a safety improvement or an unsafe practice you tackled, with the result.',
  },
  {
    key: 'f-operations-departments-blaming',
    text: 'Two departments blame each other for a recurring delay. How would you get to the bottom of it?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'medium',
    lookingFor:
      'Neutral, fact-based problem solving across teams. They want someone who fixes the process rather than deciding who was at fault.',
    guide:
      'Describe gathering data on when and where the delay occurs, and mapping the handover between the departments with people from both. Explain focusing on the process, not personalities, agreeing a fix and clear ownership, and reviewing the results together. A STAR example with a measurable outcome is ideal.',
  },
  {
    key: 'f-operations-trends',
    text: 'What changes, such as automation, real-time data, sustainability targets or more flexible working patterns, do you think will most affect operations roles?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'medium',
    lookingFor: 'Forward-thinking and an understanding of how change affects both results and people.',
    guide:
      'Choose one or two trends and explain their practical effect, for example real-time dashboards allowing quicker decisions, or energy and waste targets becoming part of daily measures. Talk about the people side: training, communicating changes and involving staff early. Mention any experience you have of introducing new technology or ways of working.',
  },
  {
    key: 'f-operations-specialist-to-lead',
    text: 'You have been a specialist rather than an operations lead. How will you handle being responsible for results you do not directly control?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'medium',
    lookingFor:
      'Readiness for a broader role: delegating, coordinating and influencing. They want to know you will not try to do everything yourself.',
    guide:
      'Show you understand the shift from doing the work to organising it through others. Give examples of leading without formal authority, such as coordinating a project, training colleagues or managing suppliers. Explain how you would set clear expectations, use measures to stay informed and step in early. Be honest about what you will need to learn.',
  },
  {
    key: 'f-operations-demand-surge',
    text: 'Demand jumps by 30% for the next month and you cannot hire permanent staff. How do you plan to cope?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'hard',
    lookingFor: 'Capacity planning, creativity and protection of safety and quality under pressure.',
    guide:
      'Start by confirming the forecast and finding the bottleneck. Then list options: overtime within safe limits, temporary or agency staff with proper induction, adjusting shift patterns, prioritising the most important customers, pausing non-urgent work and improving the bottleneck itself. Explain how you would communicate with staff and customers and watch for fatigue and errors. Finish with reviewing what you would plan differently next time.',
  },
  {
    key: 'f-operations-system-outage',
    text: 'A system failure stops your operation for half a day. Talk me through how you would manage the incident and what happens afterwards.',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'hard',
    lookingFor:
      'Calm incident management, clear communication and learning afterwards. They want to know you can keep people safe and customers informed while things are broken.',
    guide:
      'Describe the first steps: making the situation safe, finding out the scale and expected fix time, and switching to any backup or manual process. Explain who you would communicate with and how often, including staff, customers and senior managers. After recovery, describe catching up on the backlog, then a blame-free review of what happened, what worked and what to change, such as backup procedures.',
  },
  // Sales
  {
    key: 'f-sales-process',
    text: 'Talk me through your sales process, from first contact to closing the sale. Where do most of your deals stall?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'easy',
    lookingFor:
      'Whether you work with a repeatable process and understand your own results. Self-awareness about where deals are lost is a good sign.',
    guide:
      'Describe your stages clearly, such as finding prospects, first contact, discovery, proposal, handling objections, closing and follow-up. Give numbers where you can, such as conversion rates or average deal size. Name the stage where deals most often stall for you and what you are doing about it. This works for retail and field sales as well as business sales.',
  },
  {
    key: 'f-sales-crm-habits',
    text: 'How do you use a customer relationship management system? What do you record, and why does it matter to the rest of the team?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'easy',
    lookingFor:
      'Discipline with records. Managers rely on sales data for forecasts, and colleagues need it when covering for you.',
    guide:
      'Explain that you log every contact, next steps and dates, deal stages and values, and update them promptly. Say why it matters: accurate forecasts, smooth handovers, and avoiding two people calling the same customer. Mention how you use it to plan your own day, such as follow-up reminders. Be honest if you found it a chore and how you built the habit.',
  },
  {
    key: 'f-sales-price-objection',
    text: "A prospect says, 'It's too expensive.' What do you do next?",
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'medium',
    lookingFor:
      'Whether you explore the objection instead of discounting immediately. They want to see you understand value and protect margin.',
    guide:
      'Explain that you would ask questions to understand what they mean: compared with what, over what period, or whether it is a budget timing issue. Then reconnect the price to the value they told you about, such as time saved or problems solved. If needed, discuss options like a different package or payment terms before any discount. Show it with a short real example if you have one.',
  },
  {
    key: 'f-sales-discovery',
    text: 'What questions do you ask in a first conversation to understand whether a prospect really needs what you sell?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'medium',
    lookingFor:
      'Listening and qualification skills. Good salespeople spend time on the right prospects and sell to real needs.',
    guide:
      'Give examples of open questions about their current situation, problems, what those problems cost them, who is involved in the decision, their timeline and budget. Explain how you listen and summarise back before talking about your product. Mention being willing to say when you are not the right fit, since it builds trust and saves time.',
  },
  {
    key: 'f-sales-working-with-delivery',
    text: 'How do you work with the people who deliver or support what you sell, so that customers get what they were promised?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'medium',
    lookingFor:
      'Teamwork beyond the sale and honest expectation-setting. Overselling damages relationships with customers and colleagues.',
    guide:
      'Describe involving delivery or technical colleagues before promising anything unusual, a clear handover with everything you learned about the customer, and staying in touch after the sale. Use a STAR example of a smooth handover or of fixing a mismatch between what was sold and what was delivered. Show you value repeat business and referrals, not just the first sale.',
  },
  {
    key: 'f-sales-trends',
    text: 'Buyers now do much of their research online before they ever speak to a salesperson. How does that change the way you sell?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'medium',
    lookingFor: 'Awareness of how buying has changed and a modern approach to selling.',
    guide:
      "Explain that buyers often arrive well informed, so the salesperson's value is in insight, advice and helping them decide, not repeating the website. Mention researching prospects before contacting them, useful content and social selling, and following up on signs of interest. If relevant, say how you use data or AI tools to prioritise, while keeping conversations personal.",
  },
  {
    key: 'f-sales-newcomer',
    text: 'You have not had a sales role before. What makes you think you will handle rejection and working to a target?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'medium',
    lookingFor:
      'Resilience, drive and a realistic view of sales work. They want evidence, not just a claim that you are competitive.',
    guide:
      'Give examples of persistence and targets from other areas, such as fundraising, sport, customer service upselling or building something of your own. Show you understand that most approaches end in a no and explain how you learn from it rather than taking it personally. Mention what you have done to prepare, such as reading about sales methods or talking to people in the role.',
  },
  {
    key: 'f-sales-overpromise',
    text: 'You are close to target at the end of the quarter, and a customer will sign if you promise a feature or delivery date you are not sure the company can meet. What do you do?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'hard',
    lookingFor:
      'Integrity under pressure. They want to know you will not win a deal by misleading a customer.',
    guide:
      'Say clearly that you would not promise something you cannot confirm. Explain that you would check quickly with the people who can confirm it, and if it is not possible, offer the customer an honest alternative, such as a phased delivery or written terms covering the uncertainty. Mention the long-term cost of broken promises: refunds, complaints and lost referrals. A real example helps.',
  },
  {
    key: 'f-sales-behind-target',
    text: 'You are 40% behind target with six weeks left in the quarter. What is your plan?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'hard',
    lookingFor:
      'Calm analysis and a practical plan rather than panic or excuses. They want to see you use your pipeline data.',
    guide:
      'Start by reviewing your pipeline honestly: which deals can realistically close, and what is stopping each one. Then describe focusing time on the most likely deals, reviving recent prospects, asking existing customers for extra business or referrals, and increasing new activity. Mention telling your manager early and asking for help where it would make a difference. Finish with what you would change to avoid the gap next quarter.',
  },
  // Skilled trades
  {
    key: 'f-trades-drawings-and-site',
    text: 'How do you work from drawings, specifications or wiring diagrams, and what do you do when what you find on site does not match them?',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'easy',
    lookingFor:
      'Technical reading skills and the sense to query a problem rather than improvise. Unrecorded changes cause trouble for whoever comes next.',
    guide:
      'Describe checking you have the current revision, understanding the symbols and measurements, and planning the job from the drawing before starting. If the site does not match, explain stopping to check, taking photos or measurements, and raising it with the supervisor, engineer or customer before changing anything. Mention recording any agreed change so the drawings can be updated.',
  },
  {
    key: 'f-trades-tools-and-testers',
    text: 'Which tools and test equipment do you rely on, and how do you look after them and check they are fit for use?',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'easy',
    lookingFor:
      "Practical knowledge of your trade's kit and a professional attitude to maintaining it. Faulty tools and testers are a safety risk.",
    guide:
      'Name the main tools and testers for your trade, such as voltage testers and multifunction testers, pipe tools and pressure gauges, or welding sets and gauges. Explain checking them before use, proving testers on a known source, keeping calibration up to date, replacing damaged leads and storing tools securely. A short example, such as catching a faulty tester, makes it real.',
  },
  {
    key: 'f-trades-newcomer',
    text: 'You want to start an apprenticeship or move into a trade from another job. Why this trade, and what have you done to prepare?',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'easy',
    lookingFor:
      'Genuine interest, reliability and willingness to learn from the bottom. They want to know you will turn up, listen and stick with it.',
    guide:
      'Give a specific reason for choosing the trade, such as practical projects you have done, family experience or an interest in the work. Mention any preparation: courses, safety training, helping on jobs, or learning basic maths for measuring and calculating. Show you understand the reality of early starts, weather, physical work and years of learning, and that you are ready for it.',
  },
  {
    key: 'f-trades-safe-isolation',
    text: 'Before you start work on a system, whether electrical, gas, water or pressurised, how do you make sure it is safe? Walk me through your steps.',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'medium',
    lookingFor:
      'A disciplined, step-by-step safety routine. Assuming something is off is one of the most common causes of serious injury in the trades.',
    guide:
      'Describe identifying the right supply, isolating it, locking it off and tagging it so nobody can switch it back on, then proving it is dead or depressurised with tested equipment, and proving the tester again afterwards. Mention permits to work where required and telling others on site. Say that you never skip a step, even for a quick job. Adapt the detail to your own trade.',
  },
  {
    key: 'f-trades-intermittent-fault',
    text: 'Talk me through how you would find a fault that comes and goes, such as a breaker that trips now and then or a leak that only appears sometimes.',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'medium',
    lookingFor:
      'Logical fault-finding rather than swapping parts until something works. They want a method you can explain.',
    guide:
      'Start with asking the customer or users questions: when it happens, what else is running, and any recent changes. Then describe a logical approach: inspect, test sections one at a time, narrow down the possibilities and try to reproduce the conditions. Mention recording readings and explaining findings to the customer. A real example with the cause you found is ideal.',
  },
  {
    key: 'f-trades-site-coordination',
    text: "On a site with several trades working at once, how do you coordinate so you are not undoing each other's work or getting in each other's way?",
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'medium',
    lookingFor: 'Teamwork and communication on site. Poor coordination causes damage, rework and accidents.',
    guide:
      'Describe attending site briefings, agreeing the order of work with other trades, and talking to the supervisor about clashes early. Mention protecting finished work, keeping your area tidy and safe, and telling others before you isolate a supply or cut into anything. A STAR example where good communication saved time or prevented damage will make your answer stand out.',
  },
  {
    key: 'f-trades-trends',
    text: 'What changes are you seeing in your trade, such as heat pumps, electric vehicle chargers, solar panels, new materials or updated regulations, and how are you keeping your skills current?',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'medium',
    lookingFor:
      'Whether you keep learning as the trade changes. Employers want people who can take on new kinds of work.',
    guide:
      'Pick the changes most relevant to your trade and say what they mean in practice, such as new installation methods or extra certification. Describe what you have done to keep up, such as manufacturer training, college courses, reading updates to regulations or working alongside someone experienced. Show interest rather than reluctance.',
  },
  {
    key: 'f-trades-customer-wants-shortcut',
    text: 'A customer asks you to do a job a cheaper way that would not meet the regulations or building code. How do you handle it?',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'hard',
    lookingFor:
      'Integrity and the ability to explain the rules to customers without losing the job unnecessarily.',
    guide:
      'Say clearly that you would not do work that does not comply, because it can be dangerous, void insurance and leave you liable. Explain how you would say this politely, explain the risk in plain terms, and offer compliant options that reduce cost, such as phasing the work or a different approach. Mention putting your advice in writing and walking away if the customer insists.',
  },
  {
    key: 'f-trades-failed-inspection',
    text: 'An inspector or supervisor fails a piece of your work, such as a weld, a joint or an installation. What do you do, and how do you check your own work before calling a job finished?',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'hard',
    lookingFor:
      'How you handle criticism and whether you take pride in quality. They want someone who learns from a failure rather than arguing or hiding it.',
    guide:
      'Explain that you would stay professional, make sure you understand exactly why it failed, put it right properly and ask for it to be rechecked. Describe what you would change so it does not happen again. Then explain your own final checks, such as testing, visual inspection, measuring against the specification, tidying up and completing paperwork or certificates. A real example of learning from a mistake shows maturity.',
  },
  // Software
  {
    key: 'f-software-version-control',
    text: 'How do you use version control day to day? Describe your habits for branches, commits and reviews.',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'easy',
    lookingFor:
      'Practical teamwork habits in a shared codebase. Clear history and small changes make reviews and fixes easier for everyone.',
    guide:
      'Describe working on short-lived branches, making small commits with clear messages that explain why, keeping up to date with the main branch and resolving conflicts carefully. Mention opening changes for review with a short description and tests, and responding to comments. If your team used a different workflow, explain it and what you liked or would change.',
  },
  {
    key: 'f-software-explain-web-request',
    text: 'Explain what happens when someone types a web address and presses enter, as you would to a colleague who is not technical.',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'easy',
    lookingFor:
      'Solid understanding of the basics and the ability to explain technical ideas simply. Both matter when working with people outside engineering.',
    guide:
      "Walk through the main steps in plain language: finding the server's address, making a secure connection, sending the request, the server running code and perhaps asking a database, and the browser drawing the page. Use a simple analogy if it helps, but do not let it get in the way. Check your listener is following and offer more detail where they are interested.",
  },
  {
    key: 'f-software-newcomer',
    text: 'You are moving into software from another career, a course or self-teaching. How would you show us you can work on a real codebase with a team, not just finish tutorials?',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'easy',
    lookingFor:
      'Evidence of real-world practice and the ability to learn in an existing codebase. Your previous career can be a strength if you connect it.',
    guide:
      'Point to concrete work: a project with real users, contributions to an open-source project, a group project with code review, or tools you built in your previous job. Explain how you find your way around unfamiliar code, such as reading tests, running it locally and asking targeted questions. Link your previous experience to the role, such as domain knowledge, working with customers or managing deadlines.',
  },
  {
    key: 'f-software-code-review-disagreement',
    text: 'In a code review, a colleague pushes back hard on your approach. How do you handle it?',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'medium',
    lookingFor:
      'Collaboration and ego management. They want engineers who focus on the code and the user, and who can both disagree and be persuaded.',
    guide:
      'Use STAR with a real example. Describe first understanding their concern, asking questions, and checking whether they are right. If you still disagree, explain discussing trade-offs with evidence, such as a benchmark or a small prototype, or moving to a quick call rather than a long comment thread. Mention bringing in a third view or agreeing to follow team standards, and what you learned.',
  },
  {
    key: 'f-software-testing-strategy',
    text: 'How do you decide what to test, and at what level, such as unit, integration or end-to-end tests?',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'medium',
    lookingFor:
      'A thoughtful approach to quality rather than chasing a coverage number. They want tests that give confidence without slowing the team down.',
    guide:
      'Explain testing core logic thoroughly with fast unit tests, using integration tests where parts meet (databases, external services), and keeping a small number of end-to-end tests for critical user journeys. Mention focusing on risk: money, security, data loss and bugs that have happened before. Talk about keeping tests reliable and writing a test that reproduces a bug before fixing it.',
  },
  {
    key: 'f-software-secure-code',
    text: 'What common security mistakes do you watch for in your own code, and how do you handle secrets and personal data?',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'medium',
    lookingFor:
      'Everyday security awareness and respect for data protection. Many breaches come from ordinary coding mistakes.',
    guide:
      "Name common issues: unvalidated input, injection, broken access checks, exposing sensitive data in logs or error messages, and outdated dependencies. For secrets, explain keeping them out of the code and repository and using the team's secret store. For personal data, mention collecting only what is needed, restricting access and following retention rules. An example of catching a security issue in review is a plus.",
  },
  {
    key: 'f-software-ai-assistants',
    text: 'How do you use AI coding assistants, if at all, and how do you make sure what they produce is correct, secure and allowed?',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'medium',
    lookingFor:
      'A current, responsible view of AI tools. They want developers who gain speed without handing over their judgement.',
    guide:
      "Describe where you find them useful, such as boilerplate, tests, explaining unfamiliar code or drafting documentation, and where you do not trust them. Explain treating the output like code from a new colleague: read it, test it and check for security and licensing concerns. Mention following the employer's policy on what code or data can be shared with such tools.",
  },
  {
    key: 'f-software-production-incident',
    text: 'A production issue is affecting customers and you are on call. Walk me through your first thirty minutes.',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'hard',
    lookingFor:
      'Calm, structured incident response that puts limiting harm to customers before finding the perfect fix.',
    guide:
      'Describe confirming the problem and its impact using monitoring and logs, declaring the incident and communicating early to the right people. Explain looking for recent changes and preferring a quick mitigation, such as rolling back or turning off a feature, before a deep fix. Mention keeping a timeline of what you do and asking for help early. Finish with a blame-free review afterwards and follow-up actions.',
  },
  {
    key: 'f-software-design-tradeoffs',
    text: 'Tell me about a technical design decision you made. What options did you consider, and which trade-offs did you accept?',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'hard',
    lookingFor:
      'Engineering judgement: understanding requirements, weighing options and being honest about costs. They want to hear reasoning, not just the chosen technology.',
    guide:
      'Use STAR: the problem and constraints, such as scale, deadline, team skills or budget; the options you compared; why you chose one; and what happened. Be open about what you gave up, such as simplicity over flexibility, and whether you would decide the same way now. Mention how you documented the decision and got agreement from the team.',
  },
];
