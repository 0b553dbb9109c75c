import type { SeedQuestion } from '../../../../../shared/practice.ts';

// General questions for any field: situational ("what would you do if…"), and motivation and fit.

export const SITUATIONAL_MOTIVATION: readonly SeedQuestion[] = [
  // Situational
  {
    key: 'g-sit-colleague-missing-their-part',
    text: 'What would you do if a colleague on a shared task kept failing to deliver their part on time?',
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you address problems directly and fairly, starting with the person before escalating, while protecting the shared deadline.',
    guide:
      'Walk through your steps in order: talk to the colleague privately, find out what is getting in the way, agree a plan and check in, and only involve a manager if things do not improve or the deadline is at risk. Mention offering help where it makes sense. Strengthen the answer with a brief real example in STAR form: the situation, your task, what you actually did and how it turned out. Avoid answers that jump straight to reporting the person or quietly doing their work for them.',
  },
  {
    key: 'g-sit-conflicting-instructions',
    text: 'What would you do if two managers gave you conflicting instructions with the same deadline?',
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Judgement and communication: whether you surface the conflict quickly and get the right people to decide, instead of choosing one manager and hoping the other does not notice.',
    guide:
      'Explain that you would first make sure you understand both requests, then tell both managers about the clash, ideally together, with a clear picture of what each task needs. Offer options, such as doing part of each or agreeing a different deadline, and let them decide priorities if it is theirs to decide. If you have faced something similar, add a short STAR example with the result. Avoid saying you would just work through the night to do both.',
  },
  {
    key: 'g-sit-error-in-sent-work',
    text: 'You realise that a document you sent to a customer yesterday contains an error. What do you do?',
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Honesty and speed: whether you own the error, fix it before it causes harm, and learn from it, rather than hoping nobody notices.',
    guide:
      'Set out your steps: check how serious the error is, tell your manager if it could affect the customer or the business, correct it and contact the customer promptly with a clear, brief explanation. Then explain how you would stop it happening again, such as a second check for that kind of document. A real example told through STAR makes this much more convincing. Do not over-apologise or blame the system; be calm and factual.',
  },
  {
    key: 'g-sit-customer-angry-not-your-fault',
    text: "A customer is shouting at you about a problem that wasn't your fault. How do you handle it?",
    category: 'situational',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Composure and empathy: whether you can stay calm, take ownership of helping even when you did not cause the problem, and know when to involve someone else.',
    guide:
      'Describe what you would do in sequence: stay calm, let them speak, acknowledge their frustration without arguing about blame, find out exactly what went wrong and tell them what you can do and when. Mention that if the behaviour became abusive, you would follow your employer\'s policy and involve a manager. Back it up with a short STAR example from any customer-facing job, including how the person left the conversation. Avoid saying "I would explain it wasn\'t my fault", which usually makes things worse.',
  },
  {
    key: 'g-sit-colleague-cutting-corners',
    text: 'What would you do if you saw a colleague cutting corners on safety or ignoring an important policy?',
    category: 'situational',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Integrity and proportion: whether you would act when something is wrong, choose the right route depending on the risk, and still treat the colleague fairly.',
    guide:
      'Explain that your response depends on the risk: if someone could be hurt right now, you would stop the activity or alert a supervisor immediately. If it is less urgent, you might speak to the colleague first and then report it if it continues, using the proper channel. Mention keeping a factual note of what you saw. If you can, add a brief STAR example of raising a concern and what came of it. Avoid both extremes: ignoring it to keep the peace, or treating every minor slip as a disciplinary matter.',
  },
  {
    key: 'g-sit-first-week-no-guidance',
    text: "It's your first week and everyone is too busy to show you what to do. What would you do?",
    category: 'situational',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Resourcefulness and initiative, balanced with patience: whether you find useful ways to learn and contribute without getting in the way or making risky guesses.',
    guide:
      'Describe practical steps: read whatever guides, past work or records are available, ask short, specific questions at good moments, shadow someone if possible, and offer to take simple tasks. Mention agreeing a brief check-in with your manager so you are not stuck. A quick STAR example from a previous start, placement or volunteering role makes the answer believable. Avoid sounding either passive or critical of the new employer.',
  },
  {
    key: 'g-sit-going-to-miss-deadline',
    text: "You're halfway through a piece of work and realise you won't meet the deadline. What do you do?",
    category: 'situational',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether you flag problems early and come with options, rather than staying silent until the last minute.',
    guide:
      'Say you would first work out how far behind you are and why, then tell the person relying on you as soon as possible. Offer options: a new date, delivering the most important part on time, or getting help. Show that you would learn from it by improving how you estimate work. Support it with a short STAR example where you raised a delay early and what happened.',
  },
  {
    key: 'g-sit-dont-know-the-answer',
    text: "A customer or senior colleague asks you a question and you don't know the answer. What do you do?",
    category: 'situational',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Honesty and reliability: whether you admit what you do not know, find out properly and follow up, instead of bluffing.',
    guide:
      'Explain that you would say you are not sure, tell them how and when you will get back to them, then find the answer from a reliable source and follow up as promised. Mention noting the answer so you know it next time. A brief STAR example where you did this, and how the person reacted, strengthens your answer. Guessing confidently is the main pitfall, especially where money, safety or rules are involved.',
  },
  {
    key: 'g-sit-disagree-with-new-process',
    text: 'Your manager introduces a new way of working that you think is worse than the old one. What would you do?',
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you can give it a fair try, raise concerns constructively with evidence and accept the outcome, rather than resisting or complaining to colleagues.',
    guide:
      'Say you would first make sure you understand why the change was made, then use it properly for a while so your view is based on experience. If problems remain, raise them privately with your manager, with specific examples and a suggested fix. Show that you would support the decision if it stands. A short STAR example of giving useful feedback on a change helps here.',
  },
  {
    key: 'g-sit-covering-extra-work',
    text: "You're asked to cover a colleague's work on top of your own for several weeks. How would you handle it?",
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Willingness to help, combined with realism: whether you can plan the extra load, agree priorities and speak up before quality suffers.',
    guide:
      'Show that you would say yes in principle, then agree with your manager what matters most, what can wait and how long the arrangement will last. Describe how you would organise yourself and get a proper handover. Mention checking in if the load becomes unsustainable, with facts rather than complaints. A STAR example of covering for someone before, and how it went, makes the answer concrete.',
  },
  {
    key: 'g-sit-confidential-email-by-mistake',
    text: 'You accidentally receive an email with confidential information that was not meant for you. What do you do?',
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Discretion and respect for privacy and policy: whether you act promptly and correctly without reading further or sharing it.',
    guide:
      "Say that you would stop reading, let the sender know it reached the wrong person, follow their or your employer's instructions about deleting it, and not forward or discuss it. Mention telling the right person if it looks like a wider data problem. If you have handled sensitive information before, give a short STAR example of how you protected it. Avoid any hint that you would use what you saw.",
  },
  {
    key: 'g-sit-manager-takes-credit',
    text: 'What would you do if your manager presented your work as their own in a meeting?',
    category: 'situational',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Maturity and self-respect: whether you can handle a sensitive situation calmly and privately, without a public row or silent resentment.',
    guide:
      'Explain that you would not react in the meeting, but would speak to your manager privately soon after, assume good intent at first, and ask how you can get visibility for your work in future. Suggest practical habits, such as sharing progress in writing or offering to present your own work. Mention what you would do if it kept happening. A brief STAR example about getting recognition for your work, told without bitterness, helps; avoid sounding vengeful.',
  },
  {
    key: 'g-sit-colleague-overpromised',
    text: "A colleague has promised a customer something you know the team can't deliver. What do you do?",
    category: 'situational',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      "Whether you protect the customer relationship and your colleague's credibility at the same time, by raising the problem quickly and helping find a realistic alternative.",
    guide:
      'Describe your steps: check the facts, talk to the colleague first, then agree together how to tell the customer, what can be offered instead and who needs to know internally. Emphasise speed, since bad news gets worse with time. Show that you would avoid embarrassing the colleague in front of the customer. Add a brief STAR example of resetting expectations, and the outcome.',
  },
  {
    key: 'g-sit-team-members-not-speaking',
    text: "Two people in your team aren't speaking to each other, and it's affecting the work. You're not their manager. What would you do?",
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Emotional intelligence and good boundaries: whether you can help the work continue and encourage a resolution without taking sides or overstepping.',
    guide:
      'Explain that you would keep the work moving by making sure information still flows, perhaps by suggesting shared updates. You might have a quiet word with each person if you have a good relationship, and encourage them to talk. If it continues to affect the work, you would raise the impact, not the gossip, with the manager. A short STAR example from any team, including a sports or volunteer team, will make this feel real.',
  },
  {
    key: 'g-sit-urgent-request-at-end-of-day',
    text: "An urgent request arrives ten minutes before you're due to leave, and you have a commitment after work. What do you do?",
    category: 'situational',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'How you balance reliability with your own boundaries: whether you find out how urgent it really is and find a sensible solution.',
    guide:
      'Say you would first find out what is truly needed and by when, because urgent often means "first thing tomorrow". If it must be done tonight, explain options: a quick partial fix, handing it to a colleague who is still working, or staying briefly if you can. Show that you would be honest about your commitment and let people know your plan. A short STAR example of handling a late request will help.',
  },
  {
    key: 'g-sit-customer-wants-rule-bent',
    text: 'A long-standing customer asks you to bend a rule just this once. How do you respond?',
    category: 'situational',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you can say no politely and keep the relationship, know where you have discretion, and escalate exceptions properly.',
    guide:
      'Explain that you would first understand what they need and why, then check whether the rule allows any flexibility or whether someone senior can approve an exception. If the answer is no, say it clearly and kindly, explain the reason, and offer the best alternative you can. Show that you would record the request if that is the practice. A STAR example where you kept a customer happy while holding a line is ideal.',
  },

  // Motivation and fit
  {
    key: 'g-mot-why-this-job',
    text: 'Why do you want this job?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether you understand what the role involves and have real reasons for wanting it, beyond needing a job. Motivated people tend to stay and do well.',
    guide:
      'Link two or three specific parts of the role, taken from the advert or your research, to things you enjoy and are good at. Give a short example that shows the link, such as a task you loved in a previous job. Mention what you hope to learn or achieve in the role. Avoid answers centred only on pay, location or hours, even if they matter to you.',
  },
  {
    key: 'g-mot-why-this-employer',
    text: 'Why do you want to work for us in particular?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you have done your homework and would choose this employer over similar ones. Generic answers suggest you are applying everywhere without thought.',
    guide:
      'Mention one or two specific things you found: what they do, who they serve, how they work, recent news, or what current or former staff say. Connect each one to your own values or experience, so it is clear why it matters to you. If you are applying through an agency and know little about the employer yet, be honest and talk about what you have learned from the recruiter. Avoid flattery and anything you could say about any employer.',
  },
  {
    key: 'g-mot-what-motivates-you',
    text: 'What motivates you at work?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'easy',
    lookingFor: 'What keeps you engaged, and whether that matches what this job offers day to day.',
    guide:
      'Be honest and specific: solving problems, helping people, finishing things properly, learning, being part of a good team, or seeing measurable results. Back it up with a short example of a moment at work that gave you that feeling. Choose motivations this role can actually provide. Avoid vague answers like "I\'m motivated by success" with nothing behind them.',
  },
  {
    key: 'g-mot-manager-who-gets-best-from-you',
    text: 'What kind of manager gets the best out of you?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you and the hiring manager will work well together, and how much direction or independence you need.',
    guide:
      'Describe the style that works for you in practical terms, such as clear expectations, regular but short check-ins, honest feedback and trust to get on with things. Give an example of a manager who did this well and what you achieved as a result. Show that you can adapt to different styles too. Avoid criticising past managers or describing an ideal so specific that few people could meet it.',
  },
  {
    key: 'g-mot-best-working-environment',
    text: 'What kind of working environment do you do your best work in?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Culture fit: whether the pace, structure and atmosphere of this workplace suit you, so you are likely to be productive and stay.',
    guide:
      'Research the workplace first, then answer honestly with features that overlap with it, such as a busy, varied pace or a quiet, focused one. Give an example of an environment where you thrived and why. Mention how you cope with the parts that are less natural for you. Answering only with what you think they want to hear can backfire if you then get a job that does not suit you.',
  },
  {
    key: 'g-mot-remote-hybrid-office',
    text: 'How do you feel about working remotely, in the workplace, or a mix of both?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether your preferences fit the arrangement on offer, and whether you can work well without close supervision or alongside others, as needed.',
    guide:
      'Check the advert first so you know what the role offers, then be honest about your preference and your flexibility. Give evidence that you can work in that setting: staying organised and in touch when remote, or collaborating well on site. If you have constraints, such as caring responsibilities or travel time, mention them calmly and with a solution in mind. Avoid saying you have no preference if that is not true, because it will come up later.',
  },
  {
    key: 'g-mot-what-do-you-know-about-us',
    text: 'What do you know about us?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'easy',
    lookingFor: 'Whether you prepared, and how seriously you take this opportunity.',
    guide:
      'Cover the basics briefly: what they do, who their customers or service users are, roughly how big they are, and anything recent that caught your attention. Then say why that interests you. Do not recite their website at length; two or three well-chosen points are better. If you could not find much, say what you did find and ask a good question about the rest.',
  },
  {
    key: 'g-mot-alone-or-in-a-team',
    text: 'Do you prefer working on your own or as part of a team?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether you can do both, and whether your natural preference suits how this role is organised.',
    guide:
      'Most jobs need both, so show that you are comfortable either way and give a brief example of each. You can still state a genuine preference, as long as it fits the role. Think about the job before answering: a lone shift worker and a member of a busy team need different strengths. Avoid suggesting that other people slow you down.',
  },
  {
    key: 'g-mot-what-would-make-you-leave',
    text: 'What would make you leave a job?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Your deal-breakers and how long you are likely to stay. It also reveals whether you handle problems by raising them or by walking away.',
    guide:
      'Be honest but measured: serious issues such as unsafe or unethical practices, no prospect of growth after many attempts, or a role that changed beyond recognition. Show that you would normally try to fix things first by talking to your manager. Keep it general rather than a list of grievances about a current employer. Avoid reasons the interviewer can see in their own job, such as hard targets, unless you explain them carefully.',
  },
  {
    key: 'g-mot-other-applications',
    text: 'Are you applying for other jobs at the moment?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'How committed you are, how quickly they may need to move, and whether your search is focused on similar work.',
    guide:
      'It is fine, and often expected, to say yes. Say the roles are similar in some way that shows a clear direction, without naming other employers. Then make clear why this one stands out for you. If you have an offer or a deadline elsewhere, mention it politely, since it may help them move faster.',
  },
  {
    key: 'g-mot-what-you-hope-to-learn',
    text: 'What do you hope to learn in this role?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you are keen to grow, and whether your growth goals match what this job can realistically offer.',
    guide:
      'Name one or two skills or areas of knowledge the role will develop, based on the job description. Explain why they matter for where you want to go, and how you already started on them. Keep it balanced: you want to learn, but you also have plenty to give from day one. Avoid implying you see the role only as a stepping stone to something else.',
  },
  {
    key: 'g-mot-least-enjoyable-part',
    text: "What part of this job do you think you'd enjoy least?",
    category: 'motivation-fit',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Whether you understand the less glamorous side of the role and will still do it well. Honesty scores better than claiming to love everything.',
    guide:
      'Pick a real but non-essential part of the role, such as admin, repetitive checks or paperwork, rather than its core. Then show how you handle that kind of task well anyway, with a short example or a habit you use. Keep the tone positive and practical. Avoid choosing something central to the job, or saying "nothing", which sounds unprepared.',
  },
  {
    key: 'g-mot-what-matters-in-an-employer',
    text: 'What matters most to you in an employer?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'Your values, and whether they match what this employer can honestly offer.',
    guide:
      'Name two or three things that genuinely matter, such as fairness, training, clear communication, stability or flexibility. Say briefly why, ideally with an example of an employer that got it right or wrong. Link them to what you have seen of this employer. Be honest; a mismatch discovered now is better than one discovered after you start.',
  },
  {
    key: 'g-mot-why-should-we-hire-you',
    text: 'Why should we hire you over the other candidates?',
    category: 'motivation-fit',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'Whether you can sum up your case clearly and confidently, matched to what the role needs.',
    guide:
      'Pick the three requirements that matter most in the job description and give one piece of evidence for each. Add one thing that makes you distinctive, such as a mix of experience, a language, a qualification or a track record with similar customers. Finish with your enthusiasm for the role. You do not know the other candidates, so avoid comparing yourself to them directly.',
  },
];
