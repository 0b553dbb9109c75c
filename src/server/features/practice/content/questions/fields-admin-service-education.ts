import type { SeedQuestion } from '../../../../../shared/practice.ts';

// Field-specific interview questions, nine for each field: technical knowledge, tools and methods, a
// problem to solve, quality and compliance, working with others, current trends, and one question for
// a candidate moving in from outside the field. This file: Administration, Customer service, Education.

export const ADMIN_SERVICE_EDUCATION: readonly SeedQuestion[] = [
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
];
